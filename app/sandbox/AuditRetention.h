#pragma once

#include "sandbox/AuditStore.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace opc::sandbox {

// How long the CRM keeps audit events in its log (crm-sandbox --audit-retention-days,
// --audit-archive-dir). Off while `days` is 0.
struct AuditRetentionOptions {
    int days = 0;
    QString archiveDir;
};

struct AuditRetentionResult {
    qint64 archived = 0; // events moved out of the log by this run
    QString archivePath; // the file they went to; empty when nothing was old enough
    AuditAnchor anchor; // the chain's anchor after the run
};

// Moves the events received before `now` − days to <archiveDir>/audit-<first>-<last>.jsonl
// (stored events with their hashes, one per line, in the chain's order, so the archive itself
// verifies from the previous anchor) and then, in one transaction, removes them from the log
// and records the last one's seq and hash as the anchor. The file is complete on disk before
// anything is removed: a crash in between leaves the events in the log, and the next run
// writes the same file again.
std::optional<AuditRetentionResult> runAuditRetention(QSqlDatabase &db, const QDateTime &now,
                                                      const AuditRetentionOptions &options,
                                                      QString *error);

} // namespace opc::sandbox
