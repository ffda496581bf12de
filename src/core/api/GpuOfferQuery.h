// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiTypes.h"

#include <QJsonArray>
#include <QJsonObject>

// How autopod turns the user's GPU filters into RunPod queries, and RunPod's answers into the GPU
// table. Pure functions, so every rule is unit-tested without a network.
//
// Regions (a RunPod data-center id is "<area>-<place>-<n>", e.g. US-TX-3, CA-MTL-1, EU-RO-1,
// EUR-IS-1, AP-JP-1, OC-AU-1, SEA-SG-1):
//   NA = US-*, CA-*, MX-*         (country = the area: US, CA, MX)
//   EU = EU-*, EUR-*              (country = the place: EU-RO-1 -> RO, EUR-IS-1 -> IS)
//   AP = AP-*, OC-*, SEA-*, ASIA-* (country = the place: AP-JP-1 -> JP, OC-AU-1 -> AU)
// Data centers of any other area belong to no region: they are offered only when no region is set.
//
// Network speed (RunPod's minDownload/minUpload, in Mbps, of the host machine):
//   high    >= 1000 down and >= 500 up   (a 6.5 GB SDXL checkpoint downloads in about a minute)
//   extreme >= 5000 down and >= 2500 up  (10 GbE-class hosts)
// Downloads (models, custom nodes) matter far more than uploads for ComfyUI, hence the asymmetry.
// With several speeds allowed (the default is ["high", "extreme"]) the lowest one is the floor.
// An offer's rating is the fastest tier that still has stock; below High it is rated "Medium".
//
// CUDA: a minimum version becomes allowedCudaVersions = every known version >= it. An offer's
// cudaVersion is the newest of 13.0 / 12.8 / 12.4 (never below the requested minimum) that still has
// stock, or the requested minimum, or empty when unknown.
namespace autopod::api::offers {

inline constexpr int highDownloadMbps = 1000;
inline constexpr int highUploadMbps = 500;
inline constexpr int extremeDownloadMbps = 5000;
inline constexpr int extremeUploadMbps = 2500;

// "NA", "EU", "AP", or empty when the id's area is in no region.
QString regionOfDataCenter(const QString& dataCenterId);
// ISO country code of a data center id ("US-TX-3" -> "US", "EU-RO-1" -> "RO"); empty if unknown.
QString countryOfDataCenter(const QString& dataCenterId);
// "na", "North America", "NORTH_AMERICA" -> "NA" (and EU, AP); other text upper-cased as is.
QString normalizeRegion(const QString& region);

// Every CUDA version RunPod hosts offer, ascending, and those >= `minimum` ("12.8").
QStringList knownCudaVersions();
QStringList cudaVersionsAtLeast(const QString& minimum);
int compareVersions(const QString& a, const QString& b);

// The minimum (download, upload) Mbps for the filter's speeds; (0, 0) when unconstrained.
QPair<int, int> speedFloor(const QStringList& networkSpeeds);

// "RTX A40", "A40", "NVIDIA A40" and "a40" all name the same GPU: the lower-case name without
// vendor and series words, spaces, dashes or underscores.
QString normalizedGpuName(const QString& name);
// The offer the user named (`--gpu A40`): an exact match of the normalized display name or id,
// else the only offer whose name contains it; -1 when none or several do.
int findGpu(const QList<GpuOffer>& offers, const QString& wanted);

// A display name or id the user wrote in favourite_gpus matches this GPU type.
bool matchesFavourite(const QString& favourite, const QString& displayName, const QString& gpuTypeId);

// Variables of DataCenters.graphql.
QJsonObject dataCentersVariables(const GpuFilter& filter);

// One lowestPrice scope: a country of the region, a pinned data center, or (both empty) anywhere.
struct Scope
{
    QString countryCode;
    QString dataCenterId;
};
// Which scopes to ask for, given the DataCenters answer; empty = nothing in the region has stock.
QList<Scope> scopesFor(const GpuFilter& filter, const QJsonArray& dataCenters);

// Variables of GpuTypes.graphql for one scope.
QJsonObject gpuTypesVariables(const GpuFilter& filter, const Scope& scope);

// Merges the GpuTypes answers (data.gpuTypes of each scope) with the data centers into the GPU
// table: drops id "unknown", rows without price or with stock None, non-favourites; sorts by
// favourite order, then price; keeps at most filter.maxResults.
QList<GpuOffer> buildOffers(const GpuFilter& filter, const QList<QJsonArray>& gpuTypesPerScope,
                            const QJsonArray& dataCenters);

// Keeps only favourites (when any are set), sorts by favourite order then price, keeps maxResults.
QList<GpuOffer> favouritesFirst(const GpuFilter& filter, QList<GpuOffer> offers);

QList<DataCenter> parseDataCenters(const QJsonArray& dataCenters);

// "Secure cloud, region NA, network High or faster, CUDA >= 12.8, 1 GPU, favourites: RTX A40"
QString describeFilter(const GpuFilter& filter);

} // namespace autopod::api::offers
