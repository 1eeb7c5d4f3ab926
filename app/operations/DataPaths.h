#pragma once

#include <QString>
#include <QUrl>

namespace opc::ops {

// The product's data folder, the same for the console and operator-cli, so that what one of
// them leaves behind (undelivered audit events, an interrupted merge) the other picks up.
QString dataFolder();

// A SQLite file in the data folder for one CRM and one user, e.g.
// "audit-outbox-crm.school.example-1a2b….sqlite". Work is kept per CRM and user because it is
// sent with that user's token and never to another CRM; the training sandbox, whose port
// changes every start, counts as one CRM.
QString perCrmUserFile(const QString &stem, const QUrl &crmUrl, bool sandbox,
                       const QString &userId);

} // namespace opc::ops
