#pragma once

#include <QString>

namespace opc::bench {

// A crm-sandbox database whose audit log holds `events` generated events, chained and indexed
// by the sandbox's own AuditStore (so the hashes verify and every filter has its index rows):
// 40 agents over the past year, the actions of the console in a realistic mix, a merge's five
// steps as one operation interleaved with other events, Cyrillic messages with quotes and
// commas. Built once per size and version into `path` (about 1 GB for a million events, a few
// minutes on two cores); a file already built is reused. The demo fixture is loaded too, so the
// demo tokens sign in.
bool ensureAuditLog(const QString &path, qint64 events, QString *error);

} // namespace opc::bench
