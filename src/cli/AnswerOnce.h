// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

namespace autopod::cli {

// A read-only command answers once: with RunPod's answer, or with the last known state when the
// deadline passes first. `calls` is the context object of the calls made for it; it is deleted
// once the command has answered, so an answer that comes later is dropped.
template <typename... Args>
std::function<void(Args...)> answerOnce(QObject* calls, std::type_identity_t<std::function<void(Args...)>> answer)
{
    auto answered = std::make_shared<bool>(false);
    return [calls, answered, answer = std::move(answer)](Args... args) {
        if (std::exchange(*answered, true)) {
            return;
        }
        calls->deleteLater();
        answer(std::move(args)...);
    };
}

// Why a read-only view shows the last known state: RunPod did not answer by the deadline.
inline QString notAnsweredWithin(int deadlineMs)
{
    return QStringLiteral("RunPod did not answer within %1 s").arg(deadlineMs / 1000);
}

} // namespace autopod::cli
