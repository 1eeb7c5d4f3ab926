#pragma once

#include "core/merge/Direction.h"
#include "core/merge/MergeModel.h"
#include "core/merge/Steps.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace opc::merge {

// One value a step changes. Values are shown as text; "—" means "none".
struct ValueChange {
    QString field; // stable key, e.g. "target.paid_lessons"
    QString label; // translated
    QString before;
    QString after;

    friend bool operator==(const ValueChange &a, const ValueChange &b)
    {
        return a.field == b.field && a.label == b.label && a.before == b.before
            && a.after == b.after;
    }
};

// A comment, teacher request or letter the step writes, in full.
struct WrittenText {
    enum class Kind { Comment, TeacherRequest, Letter };
    Kind kind = Kind::Comment;
    QString where; // translated: "Comment in request #501", "Letter to teacher Anna"
    QString text;
};

// Wire names for the CLI's JSON: "comment", "teacher-request", "letter".
QString writtenKindToWire(WrittenText::Kind kind);

struct StepPreview {
    StepId step = StepId::CreateRequest;
    QString title;
    QList<ValueChange> changes;
    QList<WrittenText> texts;
    QStringList notes; // translated remarks: login link to offer, mismatches to confirm
};

// The dry run: every step in order with its exact changes and texts. Nothing is changed.
// `newRequestId` is the request the target will use once known (the run passes it after
// create-request so the texts name it); before that a reused request's id is used, and
// otherwise the texts say "the new request".
QList<StepPreview> buildPreview(const MergeCase &mergeCase, const DirectionPlan &plan,
                                std::optional<qint64> newRequestId = std::nullopt);

// The texts on their own, for the run to write exactly what the preview showed.
QString newRequestComment(const DirectionPlan &plan, const QString &oldRequestLabel);
QString oldRequestComment(const DirectionPlan &plan, const QString &newRequestLabel);
QString teacherRequestMessage(const DirectionPlan &plan);
QString teacherLetterSubject(const DirectionPlan &plan);
QString teacherLetter(const DirectionPlan &plan);

} // namespace opc::merge
