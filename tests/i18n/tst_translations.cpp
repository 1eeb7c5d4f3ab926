// The Russian interface must be complete: agents work in Russian. These tests read the .ts
// files in the source tree (what translators edit) and the compiled translation the programs
// load, so an unfinished entry or a lost translation fails the build's tests.

#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct TsEntry {
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms;
};

QList<TsEntry> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsEntry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    TsEntry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                entry = TsEntry { context,
                                  {},
                                  xml.attributes().value(QLatin1String("numerus"))
                                      == QLatin1String("yes"),
                                  false,
                                  {} };
            } else if (name == QLatin1String("source")) {
                entry.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                entry.unfinished = type == QLatin1String("unfinished");
                if (!entry.numerus)
                    entry.forms << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                entry.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            entries << entry;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

// What is wrong with the placeholders of one entry's translation, one line a form. A
// translation must keep every %1, %2 … of its source, and write each as the source does: %L1
// and %Ln print the number in the user's locale (1 000 000), %1 and %n without grouping
// (1000000). A plural form may leave out the count ("одно событие"), never another
// placeholder, and the count it shows must be written as the source writes it.
QStringList placeholderProblems(const TsEntry &entry)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(\\d+|n)"));
    const auto placeholders = [](const QString &text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        found.sort();
        found.removeDuplicates();
        return found;
    };
    const QStringList expected = placeholders(entry.source);
    const QString count
        = expected.contains(QStringLiteral("%Ln")) ? QStringLiteral("%Ln") : QStringLiteral("%n");
    QStringList problems;
    for (const QString &form : entry.forms) {
        QStringList found = placeholders(form);
        QStringList wanted = expected;
        if (entry.numerus) {
            wanted.removeAll(count);
            found.removeAll(count);
        }
        if (found != wanted)
            problems
                << QStringLiteral("%1: \"%2\" → \"%3\"").arg(entry.context, entry.source, form);
    }
    return problems;
}

QString tsPath(const QString &language)
{
    return QDir(qEnvironmentVariable("OPC_SOURCE_DIR"))
        .filePath(QStringLiteral("translations/operator_console_%1.ts").arg(language));
}

} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT

private slots:
    void russianIsComplete()
    {
        QString error;
        const QList<TsEntry> entries = readTs(tsPath(QStringLiteral("ru")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(entries.size() > 20, "the Russian file holds almost nothing: run lupdate");
        QStringList problems;
        for (const TsEntry &entry : entries) {
            const bool empty = entry.forms.isEmpty()
                || std::any_of(entry.forms.cbegin(), entry.forms.cend(),
                               [](const QString &form) { return form.trimmed().isEmpty(); });
            if (entry.unfinished || empty)
                problems << QStringLiteral("%1: \"%2\"").arg(entry.context, entry.source);
            // Russian has three plural forms (1 день, 2 дня, 5 дней).
            if (entry.numerus && entry.forms.size() != 3)
                problems << QStringLiteral("%1: \"%2\" needs 3 plural forms")
                                .arg(entry.context, entry.source);
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("unfinished Russian entries:\n")
                            + problems.join(QLatin1Char('\n'))));
    }

    void placeholdersSurviveTranslation()
    {
        QString error;
        const QList<TsEntry> entries = readTs(tsPath(QStringLiteral("ru")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (const TsEntry &entry : entries)
            problems << placeholderProblems(entry);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The check above must tell %Ln from %n: a form that drops the grouping would show
    // «1000000 событий» where the source groups the number.
    void placeholderCheckTellsGroupedCountsApart()
    {
        const auto entry = [](const QString &source, const QStringList &forms) {
            return TsEntry { QStringLiteral("ctx"), source, true, false, forms };
        };
        QVERIFY(placeholderProblems(
                    entry(QStringLiteral("%Ln event(s)"),
                          { QStringLiteral("%Ln событие"), QStringLiteral("%Ln события"),
                            QStringLiteral("%Ln событий") }))
                    .isEmpty());
        // A form may still leave the count out.
        QVERIFY(placeholderProblems(
                    entry(QStringLiteral("%Ln event(s) from %1"),
                          { QStringLiteral("одно событие с %1"), QStringLiteral("%Ln события с %1"),
                            QStringLiteral("%Ln событий с %1") }))
                    .isEmpty());
        QCOMPARE(
            placeholderProblems(entry(QStringLiteral("%Ln event(s)"),
                                      { QStringLiteral("%Ln событие"), QStringLiteral("%n события"),
                                        QStringLiteral("%Ln событий") }))
                .size(),
            1);
        QCOMPARE(
            placeholderProblems(entry(QStringLiteral("%n event(s)"),
                                      { QStringLiteral("%Ln событие"), QStringLiteral("%n события"),
                                        QStringLiteral("%n событий") }))
                .size(),
            1);
        QCOMPARE(placeholderProblems(
                     entry(QStringLiteral("%Ln event(s) from %1"),
                           { QStringLiteral("%Ln событие"), QStringLiteral("%Ln события с %1"),
                             QStringLiteral("%Ln событий с %1") }))
                     .size(),
                 1);
    }

    // Runs before the Russian one: translators stack, the newest wins.
    void otherLanguagesFallBackToEnglish()
    {
        const QString used = opc::i18n::installTranslators(*QCoreApplication::instance(),
                                                           QLocale(QLocale::German));
        QCOMPARE(used, QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("opc::Role", "Team lead"),
                 QStringLiteral("Team lead"));
    }

    void russianTranslationIsCompiledIn()
    {
        const QString used = opc::i18n::installTranslators(
            *QCoreApplication::instance(), QLocale(QLocale::Russian, QLocale::Russia));
        QCOMPARE(used, QStringLiteral("ru"));
        QCOMPARE(QCoreApplication::translate("opc::Role", "Team lead"),
                 QStringLiteral("Руководитель группы"));
    }

    // Counts for people are grouped as the interface's locale groups them (main.cpp makes it
    // the default locale): a team lead reads «1 000 000 событий», not «1000000 событий». The
    // compiled-in translations carry the grouped count in every plural form.
    void countsAreGroupedInTheInterfaceLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QLocale ru(QLocale::Russian, QLocale::Russia);
        const QByteArray events = "%Ln event(s)";
        const QByteArray page = "opc::ui::AuditLogPage";
        QTest::newRow("en, 1") << en << page << events << 1 << QStringLiteral("1 event");
        QTest::newRow("en, 1234") << en << page << events << 1234 << QStringLiteral("1,234 events");
        QTest::newRow("en, 1000000")
            << en << page << events << 1000000 << QStringLiteral("1,000,000 events");
        // Russian groups with a no-break space (U+00A0): the number never breaks across lines.
        QTest::newRow("ru, 1") << ru << page << events << 1 << QStringLiteral("1 событие");
        QTest::newRow("ru, 1234") << ru << page << events << 1234
                                  << QStringLiteral("1\u00a0234 события");
        QTest::newRow("ru, 1000000")
            << ru << page << events << 1000000 << QStringLiteral("1\u00a0000\u00a0000 событий");
        QTest::newRow("ru, CLI") << ru << QByteArray("opc::cli::AuditCommand")
                                 << QByteArray("%Ln event(s) exported.") << 25000
                                 << QStringLiteral("Выгружено 25\u00a0000 событий.");
        QTest::newRow("ru, analytics")
            << ru << QByteArray("opc::ops::AnalyticsExport") << QByteArray("%Ln contact(s)") << 2021
            << (ru.toString(2021) + QStringLiteral(" контакт"));
    }

    void countsAreGroupedInTheInterfaceLanguage()
    {
        QFETCH(QLocale, locale);
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(int, count);
        QFETCH(QString, expected);
        const QLocale before;
        qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
        QLocale::setDefault(locale);
        opc::i18n::installTranslators(*QCoreApplication::instance(), locale);
        const QString shown
            = QCoreApplication::translate(context.constData(), source.constData(), nullptr, count);
        QLocale::setDefault(before);
        qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
        QCOMPARE(shown, expected);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
