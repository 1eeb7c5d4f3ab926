#include "sandbox/RateLimiter.h"

namespace opc::sandbox {

RateLimiter::RateLimiter(int perSecond) : m_perSecond(perSecond)
{
    m_clock.start();
}

bool RateLimiter::admit(const QString &tokenOwner)
{
    if (m_perSecond <= 0)
        return true;
    const qint64 now = m_clock.elapsed();
    Window &window = m_windows[tokenOwner];
    if (now - window.startMs >= 1000) {
        window.startMs = now;
        window.count = 0;
    }
    return ++window.count <= m_perSecond;
}

} // namespace opc::sandbox
