#pragma once

#include <QJsonValue>

#include <cmath>

namespace autopod::api {

// Numbers in RunPod's answers, read so that a hostile or broken answer cannot cause undefined
// behaviour or a nonsensical bill: both transports' parsers use these.

// A whole number in int range; anything else (text, 1e300, NaN) is 0.
inline int jsonInt(const QJsonValue& v)
{
    return v.toInt(0); // Qt range-checks: a double that is not an int in range gives the default
}

// A price or cost in USD: finite and never negative (0 otherwise).
inline double jsonCost(const QJsonValue& v)
{
    const double d = v.toDouble(0.0);
    return std::isfinite(d) && d > 0 ? d : 0.0;
}

} // namespace autopod::api
