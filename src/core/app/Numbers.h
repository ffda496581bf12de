// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>

#include <cmath>
#include <limits>

namespace autopod {

// Numbers from JSON (RunPod's answers, a hand-edited pods.json) can be anything: 1e300, -5, or a
// value too large for the integer it becomes. Converting such a double with static_cast is
// undefined behaviour, and summing unchecked costs gives inf. Every such conversion goes through here.

// Upper bounds that keep any later sum or product of a few values far from overflow.
inline constexpr double kMaxUsd = 1e9;              // a cost, price, rate or balance
inline constexpr long long kMaxSeconds = 1LL << 40; // ~35,000 years of runtime

// value as an integer in [lo, hi]: outside values are clamped, NaN gives fallback.
template <typename Int>
Int clampedInteger(double value, Int lo, Int hi, Int fallback = 0)
{
    if (std::isnan(value)) {
        return fallback;
    }
    if (value <= static_cast<double>(lo)) {
        return lo;
    }
    if (value >= static_cast<double>(hi)) {
        return hi;
    }
    return static_cast<Int>(value);
}

// A count, size, port or duration: whole, not negative, at most hi.
template <typename Int>
Int clampedCount(double value, Int hi = std::numeric_limits<Int>::max() / 4)
{
    return clampedInteger<Int>(value, Int(0), hi);
}

// A count or size read from JSON: clampedCount() of a number; anything that is not a number is 0.
inline int countIn(const QJsonValue& value)
{
    return value.isDouble() ? clampedCount<int>(value.toDouble()) : 0;
}

// A TCP port: a whole number from 1 to 65535. Anything else is no port at all (0): clamping it
// would point at somebody else's port.
inline int portNumber(double value)
{
    return value >= 1 && value <= 65535 && value == std::floor(value) ? static_cast<int>(value) : 0;
}

// A price, rate or cost: finite, 0 to kMaxUsd; NaN and infinities give 0.
inline double clampedUsd(double value)
{
    if (!std::isfinite(value)) {
        return 0.0;
    }
    return value < 0.0 ? 0.0 : (value > kMaxUsd ? kMaxUsd : value);
}

// An amount that may be negative (an account balance): finite, within ±kMaxUsd.
inline double clampedSignedUsd(double value)
{
    if (!std::isfinite(value)) {
        return 0.0;
    }
    return value < -kMaxUsd ? -kMaxUsd : (value > kMaxUsd ? kMaxUsd : value);
}

} // namespace autopod
