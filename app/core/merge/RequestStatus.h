#pragma once

#include <QString>
#include <QStringList>

namespace opc::merge {

// A request status as people read it ("intro lesson done" for the CRM's "intro_done"); a status
// this build does not know is shown as the CRM wrote it rather than hidden.
QString requestStatusDisplayName(const QString &status);

// Several statuses in order, "new → intro lesson scheduled → studying".
QString requestStatusesDisplay(const QStringList &statuses);

} // namespace opc::merge
