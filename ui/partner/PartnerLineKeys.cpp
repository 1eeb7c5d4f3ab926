#include "ui/partner/PartnerLineKeys.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace opc::ui::partner_keys {

quint16 countryKey(QStringView country)
{
    if (country.size() != 2)
        return 0;
    return quint16((country.at(0).toUpper().unicode() & 0xff) << 8
                   | (country.at(1).toUpper().unicode() & 0xff));
}

QString searchText(const ops::PartnerLine &line)
{
    const QChar gap(QLatin1Char('\n'));
    QString text;
    text.reserve(line.clientAccountId.size() + line.clientEmail.size() + line.organisation.size()
                 + line.project.size() + line.lineId.size() + line.name.size() + line.comment.size()
                 + 8);
    text += line.clientAccountId;
    text += gap;
    text += line.clientEmail;
    text += gap;
    text += line.organisation;
    text += gap;
    text += line.project;
    text += gap;
    text += line.lineId;
    text += gap;
    text += line.name;
    text += gap;
    text += line.comment;
    return std::move(text).toCaseFolded();
}

RowKeys rowKeys(const ops::PartnerLine &line, const QDate &today)
{
    RowKeys keys;
    keys.expiresOn = line.expiresOn();
    keys.status = partner::lineStatusOn(today, keys.expiresOn);
    keys.country = countryKey(line.country);
    return keys;
}

const QString &textOf(const ops::PartnerLine &line, TextField field)
{
    switch (field) {
    case TextField::Account:
        return line.clientAccountId;
    case TextField::Organisation:
        return line.organisation;
    case TextField::Project:
        return line.project;
    case TextField::Line:
        return line.lineId;
    case TextField::Comment:
        return line.comment;
    }
    return line.comment;
}

CollationIndex::CollationIndex()
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

bool CollationIndex::less(const QString &a, const QString &b) const
{
    const int compared = m_collator.compare(a, b);
    return compared != 0 ? compared < 0 : a < b; // equal to the collator: still one order
}

std::vector<qint64> CollationIndex::build(const QList<ops::PartnerLine> &lines, TextField field)
{
    QHash<QString, int> distinct;
    QStringList texts;
    std::vector<int> textOfRow(std::size_t(lines.size()));
    for (qsizetype row = 0; row < lines.size(); ++row) {
        const QString &text = textOf(lines.at(row), field);
        auto it = distinct.constFind(text);
        if (it == distinct.constEnd()) {
            it = distinct.insert(text, int(texts.size()));
            texts << text;
        }
        textOfRow[std::size_t(row)] = it.value();
    }
    // Each distinct text is collated once; sorting then compares the collation keys.
    std::vector<QCollatorSortKey> collated;
    collated.reserve(std::size_t(texts.size()));
    for (const QString &text : std::as_const(texts))
        collated.push_back(m_collator.sortKey(text));
    std::vector<int> order(std::size_t(texts.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const int compared = collated[std::size_t(a)].compare(collated[std::size_t(b)]);
        return compared != 0 ? compared < 0 : texts.at(a) < texts.at(b);
    });
    std::vector<qint64> keyOfText(std::size_t(texts.size()));
    m_texts.clear();
    m_texts.reserve(texts.size());
    m_keys.clear();
    m_keys.reserve(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        const qint64 key = qint64(i) * kGap;
        keyOfText[std::size_t(order[i])] = key;
        m_texts << texts.at(order[i]);
        m_keys.push_back(key);
    }
    std::vector<qint64> keys(std::size_t(lines.size()));
    for (std::size_t row = 0; row < keys.size(); ++row)
        keys[row] = keyOfText[std::size_t(textOfRow[row])];
    return keys;
}

std::optional<qint64> CollationIndex::keyFor(const QString &text)
{
    const auto at
        = std::lower_bound(m_texts.cbegin(), m_texts.cend(), text,
                           [this](const QString &a, const QString &b) { return less(a, b); });
    const qsizetype i = at - m_texts.cbegin();
    if (at != m_texts.cend() && *at == text)
        return m_keys[std::size_t(i)];
    const qint64 before
        = i > 0 ? m_keys[std::size_t(i - 1)] : (m_keys.empty() ? 0 : m_keys.front()) - kGap;
    const qint64 after = i < m_texts.size() ? m_keys[std::size_t(i)] : before + 2 * kGap;
    if (after - before < 2)
        return std::nullopt;
    const qint64 key = before + (after - before) / 2;
    m_texts.insert(i, text);
    m_keys.insert(m_keys.begin() + i, key);
    return key;
}

PreparedLines prepare(QList<ops::PartnerLine> lines, const QDate &today)
{
    PreparedLines prepared;
    prepared.lines = std::move(lines);
    prepared.today = today;
    const std::size_t rows = std::size_t(prepared.lines.size());
    prepared.keys.reserve(rows);
    prepared.search.reserve(rows);
    for (const ops::PartnerLine &line : std::as_const(prepared.lines)) {
        prepared.keys.push_back(rowKeys(line, today));
        prepared.search.push_back(searchText(line));
    }
    prepared.indexes.resize(kTextFields);
    prepared.textKeys.resize(kTextFields);
    for (int field = 0; field < kTextFields; ++field)
        prepared.textKeys[std::size_t(field)] = prepared.indexes[std::size_t(field)].build(
            prepared.lines, static_cast<TextField>(field));
    return prepared;
}

} // namespace opc::ui::partner_keys
