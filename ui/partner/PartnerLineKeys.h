#pragma once

#include "core/partner/PartnerRules.h"
#include "operations/partner/PartnerLines.h"

#include <QCollator>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace opc::ui::partner_keys {

// What the lines page filters and sorts by, computed once per line so that a filter change or
// a sort over tens of thousands of lines compares integers and searches prepared text only.
// Pure and free of QObject: prepare() runs on a worker thread.

struct RowKeys {
    partner::LineStatus status = partner::LineStatus::Active;
    quint16 country = 0; // countryKey()
    QDate expiresOn;
};

quint16 countryKey(QStringView country);
// The line's fields the free-text search looks in, case-folded, one per line of text so that a
// word never matches across two of them.
QString searchText(const ops::PartnerLine &line);
RowKeys rowKeys(const ops::PartnerLine &line, const QDate &today);

// The text columns: account id, organisation, project, line id, comment.
enum class TextField { Account, Organisation, Project, Line, Comment };
inline constexpr int kTextFields = 5;
const QString &textOf(const ops::PartnerLine &line, TextField field);

// Distinct texts of one column in the order the user's language sorts them (numbers by value,
// case ignored), each with an integer key that sorts the same way. Keys are spaced apart so
// that a new text (an edited comment, a bought line) gets a key between its neighbours in a few
// comparisons instead of collating the whole column again.
class CollationIndex {
public:
    CollationIndex();

    // Orders the texts of `field` over `lines`; the key of each line, by row.
    std::vector<qint64> build(const QList<ops::PartnerLine> &lines, TextField field);
    // The key of `text`, added when new; nullopt when its neighbours left no room (build again).
    std::optional<qint64> keyFor(const QString &text);

private:
    bool less(const QString &a, const QString &b) const;

    static constexpr qint64 kGap = qint64(1) << 24;
    QCollator m_collator;
    QStringList m_texts; // distinct, in order
    std::vector<qint64> m_keys; // ascending, beside m_texts
};

// Everything the model keeps per line, prepared away from the GUI thread.
struct PreparedLines {
    QList<ops::PartnerLine> lines;
    QDate today;
    std::vector<RowKeys> keys;
    std::vector<QString> search;
    std::vector<CollationIndex> indexes; // kTextFields
    std::vector<std::vector<qint64>> textKeys; // kTextFields, by row
};
PreparedLines prepare(QList<ops::PartnerLine> lines, const QDate &today);

} // namespace opc::ui::partner_keys
