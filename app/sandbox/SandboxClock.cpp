#include "sandbox/SandboxClock.h"

#include <QMutexLocker>

namespace opc::sandbox {

QDateTime SandboxClock::nowLocked() const
{
    return m_fixed ? *m_fixed : QDateTime::currentDateTimeUtc();
}

QDateTime SandboxClock::now() const
{
    QMutexLocker lock(&m_mutex);
    return nowLocked();
}

QDate SandboxClock::today() const
{
    return now().toUTC().date();
}

bool SandboxClock::moveTo(const QDateTime &to)
{
    QMutexLocker lock(&m_mutex);
    if (to < nowLocked())
        return false;
    m_fixed = to.toUTC();
    return true;
}

QDateTime SandboxClock::advanceDays(int days)
{
    QMutexLocker lock(&m_mutex);
    m_fixed = nowLocked().addDays(days);
    return *m_fixed;
}

} // namespace opc::sandbox
