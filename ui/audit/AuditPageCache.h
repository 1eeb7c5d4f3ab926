#pragma once

#include "operations/audit/AuditReads.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace opc::ui {

// The bookkeeping of the audit viewer's window on a log that may hold a million events: which
// pages of rows are loaded, which are being loaded, which the view wants; no I/O, so it is
// tested on its own. Pages are fixed slices of `pageSize` rows by offset. At most `maxPages`
// are kept, the least recently used going first, so memory stays bounded however far one
// scrolls; at most `maxInFlight` requests run at once. A reset (a new filter) starts a new
// generation: answers of an older one are dropped.
//
// What is "needed" is what the view looked at last: every data() call visits its row's page,
// and each batch of visits (one paint, between two takeRequests()) replaces the previous
// batch's unfetched pages, so pages scrolled past are never fetched once the view moved on.
class AuditPageCache final {
public:
    explicit AuditPageCache(int pageSize = 200, int maxPages = 40, int maxInFlight = 2);

    int pageSize() const { return m_pageSize; }
    int maxPages() const { return m_maxPages; }
    int pageOf(qint64 row) const { return int(row / m_pageSize); }
    qint64 firstRowOf(int page) const { return qint64(page) * m_pageSize; }

    // Forgets every page, request and wish; answers of the old generation will be dropped.
    void reset();
    quint64 generation() const { return m_generation; }

    // The row if its page is loaded (the page counts as used now), else nullptr. Either way the
    // page is visited: if missing, it is wanted by the current batch.
    const ops::AuditRow *row(qint64 row);
    // The row if loaded, without touching anything.
    const ops::AuditRow *peek(qint64 row) const;
    bool hasPage(int page) const { return m_pages.contains(page); }
    bool isInFlight(int page) const { return m_inFlight.contains(page); }
    bool hasFailed(int page) const { return m_failed.contains(page); }

    // Marks `page` as looked at by the current batch.
    void visit(int page);
    bool hasWishes() const { return !m_batch.isEmpty() || !m_pending.isEmpty(); }

    // The pages to request now, marked in flight: the latest batch's missing pages, latest
    // visits first (replacing older wishes), as many as there are free request slots. Failed pages
    // are not asked again until clearFailures().
    QList<int> takeRequests();

    // An answer for `page` of `generation`. False (nothing stored) when it is stale: another
    // generation, or a page not in flight. Storing may evict the least recently used pages.
    bool store(quint64 generation, int page, QList<ops::AuditRow> rows);
    // A failed request: no longer in flight, and not asked again until clearFailures().
    bool fail(quint64 generation, int page);
    void clearFailures() { m_failed.clear(); }
    QList<int> failedPages() const { return m_failed.values(); }

    int cachedPageCount() const { return int(m_pages.size()); }
    int inFlightCount() const { return int(m_inFlight.size()); }
    QList<int> cachedPages() const; // sorted

private:
    struct Entry {
        QList<ops::AuditRow> rows;
        quint64 used = 0;
    };
    void evict();
    static constexpr int kMaxPending = 4;

    int m_pageSize;
    int m_maxPages;
    int m_maxInFlight;
    quint64 m_generation = 0;
    quint64 m_clock = 0;
    QHash<int, Entry> m_pages;
    QSet<int> m_inFlight;
    QSet<int> m_failed;
    QList<int> m_batch; // missing pages visited since the last takeRequests(), in visit order
    QList<int> m_pending; // the last batch's pages not yet requested
    int m_lastVisited = -1;
};

} // namespace opc::ui
