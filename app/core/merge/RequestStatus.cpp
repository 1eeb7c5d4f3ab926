#include "core/merge/RequestStatus.h"

#include <QCoreApplication>

namespace opc::merge {

QString requestStatusDisplayName(const QString &status)
{
    struct Known {
        const char *wire;
        const char *name;
    };
    static const Known known[] = {
        { "new", QT_TRANSLATE_NOOP("opc::merge::RequestStatus", "new") },
        { "intro_scheduled",
          QT_TRANSLATE_NOOP("opc::merge::RequestStatus", "intro lesson scheduled") },
        { "intro_done", QT_TRANSLATE_NOOP("opc::merge::RequestStatus", "intro lesson done") },
        { "studying", QT_TRANSLATE_NOOP("opc::merge::RequestStatus", "studying") },
        { "paused", QT_TRANSLATE_NOOP("opc::merge::RequestStatus", "paused") },
        { "duplicate", QT_TRANSLATE_NOOP("opc::merge::RequestStatus", "duplicate") },
        { "closed", QT_TRANSLATE_NOOP("opc::merge::RequestStatus", "closed") },
    };
    for (const Known &entry : known) {
        if (status == QLatin1String(entry.wire))
            return QCoreApplication::translate("opc::merge::RequestStatus", entry.name);
    }
    return status;
}

QString requestStatusesDisplay(const QStringList &statuses)
{
    QStringList names;
    for (const QString &status : statuses)
        names << requestStatusDisplayName(status);
    return names.join(QStringLiteral(" → "));
}

} // namespace opc::merge
