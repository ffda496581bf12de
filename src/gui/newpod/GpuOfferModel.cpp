// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/newpod/GpuOfferModel.h"

#include "core/api/GpuOfferQuery.h"
#include "core/pods/Presentation.h"
#include "gui/pods/PodListModel.h"

#include <QColor>

namespace autopod::gui {

int GpuOfferModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_offers.size());
}

int GpuOfferModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GpuOfferModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const api::GpuOffer& o = m_offers.at(index.row());
    if (role == GpuTypeIdRole) {
        return o.gpuTypeId;
    }
    if (role == RawValueRole) {
        switch (index.column()) {
        case Vram:
            return o.memoryGb;
        case CostPerHr:
            return o.pricePerGpuHr;
        case Network:
            return o.downloadMbps;
        default:
            break;
        }
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ForegroundRole && index.column() == Availability) {
        if (o.stockStatus == QLatin1String("Low")) {
            return QColor(0xb0, 0x6a, 0x00);
        }
        return {};
    }
    if (index.column() == Favourite && role == Qt::ToolTipRole) {
        return isFavourite(index.row()) ? tr("A favourite: click to remove it from your favourites")
                                        : tr("Click to add this GPU to your favourites");
    }
    if (index.column() == Favourite && role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Vram || index.column() == CostPerHr)) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Gpu:
        return o.displayName.isEmpty() ? o.gpuTypeId : o.displayName;
    case Vram:
        return tr("%1 GB").arg(o.memoryGb);
    case CostPerHr:
        return pods::Presentation::money(o.pricePerGpuHr);
    case Availability:
        if (o.stockStatus == QLatin1String("High")) {
            return tr("✓ High");
        }
        if (o.stockStatus == QLatin1String("Medium")) {
            return tr("✓ Medium");
        }
        if (o.stockStatus == QLatin1String("Low")) {
            return tr("✓ Low");
        }
        return o.stockStatus;
    case Network:
        if (o.networkSpeed == QLatin1String("Extreme")) {
            return tr("Extreme");
        }
        if (o.networkSpeed == QLatin1String("High")) {
            return tr("High");
        }
        if (o.networkSpeed == QLatin1String("Medium")) {
            return tr("Medium");
        }
        if (o.networkSpeed == QLatin1String("Low")) {
            return tr("Low");
        }
        return o.networkSpeed;
    case Cuda:
        return o.cudaVersion;
    case Favourite:
        return isFavourite(index.row()) ? QStringLiteral("★") : QStringLiteral("☆");
    default:
        return {};
    }
}

QVariant GpuOfferModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == Favourite && role == Qt::ToolTipRole) {
        return tr("Favourite GPU types: the new-pod dialog selects the cheapest available one");
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Gpu:
        return tr("GPU");
    case Vram:
        return tr("VRAM");
    case CostPerHr:
        return tr("Cost/hr");
    case Availability:
        return tr("Available");
    case Network:
        return tr("Network");
    case Cuda:
        return tr("CUDA");
    case Favourite:
        return tr("Favourite");
    default:
        return {};
    }
}

void GpuOfferModel::setOffers(const QList<api::GpuOffer>& offers)
{
    beginResetModel();
    m_offers = offers;
    endResetModel();
}

const api::GpuOffer* GpuOfferModel::offerAt(int row) const
{
    return row >= 0 && row < m_offers.size() ? &m_offers.at(row) : nullptr;
}

int GpuOfferModel::rowOf(const QString& gpuTypeIdOrName) const
{
    for (int i = 0; i < m_offers.size(); ++i) {
        const api::GpuOffer& o = m_offers.at(i);
        if (o.gpuTypeId == gpuTypeIdOrName || o.displayName == gpuTypeIdOrName) {
            return i;
        }
    }
    return -1;
}

void GpuOfferModel::setFavourites(const QStringList& favourites)
{
    m_favourites = favourites;
    if (!m_offers.isEmpty()) {
        Q_EMIT dataChanged(index(0, Favourite), index(rowCount() - 1, Favourite));
    }
}

bool GpuOfferModel::isFavourite(int row) const
{
    const api::GpuOffer* o = offerAt(row);
    if (!o) {
        return false;
    }
    for (const QString& f : m_favourites) {
        if (api::offers::matchesFavourite(f, o->displayName, o->gpuTypeId)) {
            return true;
        }
    }
    return false;
}

int GpuOfferModel::cheapestFavourite() const
{
    int best = -1;
    for (int i = 0; i < m_offers.size(); ++i) {
        if (isFavourite(i) && (best < 0 || m_offers.at(i).pricePerGpuHr < m_offers.at(best).pricePerGpuHr)) {
            best = i;
        }
    }
    return best;
}

} // namespace autopod::gui
