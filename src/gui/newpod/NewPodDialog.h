// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiTypes.h"
#include "core/app/ProductDefaults.h"

#include <QDialog>
#include <QMessageBox>
#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class NewPodDialog;
}

namespace autopod::api {
class RunPodApi;
}

namespace autopod::gui {

class GpuOfferModel;

// What the dialog starts with: the user's configured defaults (config.json).
struct NewPodDefaults
{
    api::CloudType cloud = api::CloudType::Secure;
    QString region; // "NA", "EU", "AP"; empty = anywhere
    QStringList networkSpeeds{QStringLiteral("high"), QStringLiteral("extreme")};
    QString cudaVersion;
    QStringList favoriteGpus;
    QString templateImage = QString::fromLatin1(app::kDefaultImage);
    QString preferredGpu; // display name or id
    int gpuCount = 1;
    QString networkVolumeId;
    int volumeGb = 0; // defaults.volume_gb: the pod's volume disk at /workspace; 0 = none
    int maxResults = 5;
    bool publishComfyUi = false; // see api::podPorts()
};

// Choosing a pod as a dialog: the filters, the GPU table, GPU count, template, network volume and
// data center, the estimated $/hr, then a confirmation. It asks RunPod only for the lists; creating
// the pod is the caller's, on createConfirmed().
class NewPodDialog : public QDialog
{
    Q_OBJECT

public:
    NewPodDialog(api::RunPodApi& api, NewPodDefaults defaults, QWidget* parent = nullptr);
    ~NewPodDialog() override;

    api::GpuFilter filter() const;
    // The request for the current choices; empty while no GPU is selected.
    std::optional<api::CreatePodRequest> request() const;
    double estimatedCostPerHr() const;
    QString estimateText() const;
    QString filterSummary() const;
    // Shown while the volume disk is 0: a stop loses the pod's files.
    QString volumeWarning() const;

    void search();
    void selectGpu(const QString& gpuTypeIdOrName);
    void setGpuCount(int count);
    // Asks for confirmation (window-modal, asynchronous); createConfirmed() follows a yes.
    void requestCreate();
    QMessageBox* confirmation() const { return m_confirmation; }
    GpuOfferModel* offerModel() const { return m_offers; }

    // The user's favourite GPU types as they stand (display names or ids, as config.json holds them).
    QStringList favourites() const { return m_defaults.favoriteGpus; }
    // Adds the offer in `row` to the favourites or removes it (the star column, the context menu).
    void toggleFavourite(int row);

Q_SIGNALS:
    void offersLoaded(int count);
    void searchFailed(const QString& message);
    void createConfirmed(const autopod::api::CreatePodRequest& request);
    // The user added or removed a favourite: the whole new list, to be saved.
    void favouritesEdited(const QStringList& favourites);

private:
    void onSelectionChanged();
    void showFavourites();
    void showGpuMenu(const QPoint& pos);
    int defaultRow() const;
    void updateEstimate();
    void showError(const QString& message);
    const api::GpuOffer* selectedOffer() const;

    std::unique_ptr<Ui::NewPodDialog> m_ui;
    api::RunPodApi& m_api;
    NewPodDefaults m_defaults;
    GpuOfferModel* m_offers;
    QPushButton* m_createButton = nullptr;
    QPointer<QMessageBox> m_confirmation;
    QHash<QString, QString> m_dataCenterNames;
    int m_searchGeneration = 0;
    QString m_userPick;              // the GPU type the user selected in this dialog, kept across searches
    bool m_selectingForUser = false; // a selection made by the dialog, not the user
};

} // namespace autopod::gui
