// The Russian interface must be complete: agents work in Russian. These tests read the .ts
// files in the source tree (what translators edit) and the compiled translation the programs
// load, so an unfinished entry or a lost translation fails the build's tests.

#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
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
        static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
        QStringList problems;
        for (const TsEntry &entry : entries) {
            QStringList expected;
            for (auto it = placeholder.globalMatch(entry.source); it.hasNext();)
                expected << it.next().captured();
            expected.sort();
            for (const QString &form : entry.forms) {
                QStringList found;
                for (auto it = placeholder.globalMatch(form); it.hasNext();)
                    found << it.next().captured();
                found.sort();
                found.removeDuplicates();
                QStringList wanted = expected;
                wanted.removeDuplicates();
                // A plural form may leave out %n ("одно событие"), never another placeholder.
                if (entry.numerus) {
                    wanted.removeAll(QStringLiteral("%n"));
                    found.removeAll(QStringLiteral("%n"));
                }
                if (found != wanted)
                    problems << QStringLiteral("%1: \"%2\" → \"%3\"")
                                    .arg(entry.context, entry.source, form);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
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
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
