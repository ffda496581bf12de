// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiTypes.h"

#include <QAbstractTableModel>

namespace autopod::gui {

// The GPU table of the new-pod dialog: GPU, VRAM, cost/hr, availability, network, CUDA, and a star
// for the user's favourite GPU types.
class GpuOfferModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Gpu,
        Vram,
        CostPerHr,
        Availability,
        Network,
        Cuda,
        Favourite,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        GpuTypeIdRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setOffers(const QList<api::GpuOffer>& offers);
    const QList<api::GpuOffer>& offers() const { return m_offers; }
    const api::GpuOffer* offerAt(int row) const;
    int rowOf(const QString& gpuTypeIdOrName) const;

    // The favourites as config.json holds them (display names or ids), for the star column.
    void setFavourites(const QStringList& favourites);
    bool isFavourite(int row) const;
    // The row of the cheapest offer that is a favourite, -1 if none is.
    int cheapestFavourite() const;

private:
    QList<api::GpuOffer> m_offers;
    QStringList m_favourites;
};

} // namespace autopod::gui
