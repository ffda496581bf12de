// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/newpod/GpuOfferModel.h"

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
    default:
        return {};
    }
}

QVariant GpuOfferModel::headerData(int section, Qt::Orientation orientation, int role) const
{
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

} // namespace autopod::gui
