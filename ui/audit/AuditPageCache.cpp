#include "ui/audit/AuditPageCache.h"

#include <algorithm>

namespace opc::ui {

AuditPageCache::AuditPageCache(int pageSize, int maxPages, int maxInFlight)
    : m_pageSize(std::max(1, pageSize)), m_maxPages(std::max(2, maxPages)),
      m_maxInFlight(std::max(1, maxInFlight))
{
}

void AuditPageCache::reset()
{
    ++m_generation;
    m_pages.clear();
    m_inFlight.clear();
    m_failed.clear();
    m_batch.clear();
    m_pending.clear();
    m_lastVisited = -1;
}

const ops::AuditRow *AuditPageCache::row(qint64 row)
{
    if (row < 0)
        return nullptr;
    const int page = pageOf(row);
    visit(page);
    const auto found = m_pages.find(page);
    if (found == m_pages.end())
        return nullptr;
    found->used = ++m_clock;
    const qint64 inPage = row - firstRowOf(page);
    return inPage < found->rows.size() ? &found->rows.at(inPage) : nullptr;
}

const ops::AuditRow *AuditPageCache::peek(qint64 row) const
{
    if (row < 0)
        return nullptr;
    const int page = pageOf(row);
    const auto found = m_pages.constFind(page);
    if (found == m_pages.cend())
        return nullptr;
    const qint64 inPage = row - firstRowOf(page);
    return inPage < found->rows.size() ? &found->rows.at(inPage) : nullptr;
}

void AuditPageCache::visit(int page)
{
    // data() asks many times per page and paint; only the first visit in a row counts.
    if (page == m_lastVisited && (m_pages.contains(page) || m_batch.contains(page)))
        return;
    m_lastVisited = page;
    if (!m_batch.contains(page))
        m_batch.append(page);
}

QList<int> AuditPageCache::takeRequests()
{
    if (!m_batch.isEmpty()) {
        // The latest visits first: when several paints fell into one batch, the last one is
        // what is on screen now. A screen spans a page or two, so a few are plenty.
        m_pending.clear();
        for (auto it = m_batch.crbegin(); it != m_batch.crend() && m_pending.size() < kMaxPending;
             ++it) {
            if (!m_pages.contains(*it) && !m_inFlight.contains(*it) && !m_failed.contains(*it))
                m_pending.append(*it);
        }
        m_batch.clear();
        m_lastVisited = -1;
    }
    QList<int> requests;
    while (!m_pending.isEmpty() && m_inFlight.size() < m_maxInFlight) {
        const int page = m_pending.takeFirst();
        if (m_pages.contains(page) || m_inFlight.contains(page) || m_failed.contains(page))
            continue;
        m_inFlight.insert(page);
        requests.append(page);
    }
    return requests;
}

bool AuditPageCache::store(quint64 generation, int page, QList<ops::AuditRow> rows)
{
    if (generation != m_generation || !m_inFlight.remove(page))
        return false;
    m_pages.insert(page, Entry { std::move(rows), ++m_clock });
    evict();
    return true;
}

bool AuditPageCache::fail(quint64 generation, int page)
{
    if (generation != m_generation || !m_inFlight.remove(page))
        return false;
    m_failed.insert(page);
    return true;
}

void AuditPageCache::evict()
{
    while (m_pages.size() > m_maxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->used < oldest->used)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

QList<int> AuditPageCache::cachedPages() const
{
    QList<int> pages = m_pages.keys();
    std::sort(pages.begin(), pages.end());
    return pages;
}

} // namespace opc::ui
