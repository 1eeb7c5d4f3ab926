#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace opc::sandbox {

// Optional per-token limit (--rate-limit N): at most N requests in any one-second window per
// token. Lets the console's Retry-After handling be tried against a real 429.
class RateLimiter final {
public:
    explicit RateLimiter(int perSecond);

    bool enabled() const { return m_perSecond > 0; }
    // Counts the request; false when it is over the limit.
    bool admit(const QString &tokenOwner);

private:
    struct Window {
        qint64 startMs = 0;
        int count = 0;
    };
    int m_perSecond;
    QElapsedTimer m_clock;
    QHash<QString, Window> m_windows;
};

} // namespace opc::sandbox
