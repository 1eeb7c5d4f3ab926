#include "secrets/KeychainErrors.h"

#include <QTest>
#include <qt6keychain/keychain.h>

using opc::secrets::KeychainOperation;
using opc::secrets::TokenResult;
using Status = TokenResult::Status;

class TestKeychainErrors final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mapping_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("operation");
        QTest::addColumn<int>("status");
        const int load = int(KeychainOperation::Load);
        const int save = int(KeychainOperation::Save);
        const int remove = int(KeychainOperation::Remove);
        QTest::newRow("ok") << int(QKeychain::NoError) << QString() << load << int(Status::Ok);
        QTest::newRow("not found") << int(QKeychain::EntryNotFound) << QStringLiteral("No match")
                                   << load << int(Status::NotFound);
        QTest::newRow("remove what is not there")
            << int(QKeychain::EntryNotFound) << QString() << remove << int(Status::Ok);
        QTest::newRow("no backend")
            << int(QKeychain::NoBackendAvailable) << QString() << save << int(Status::Unavailable);
        QTest::newRow("locked") << int(QKeychain::AccessDenied) << QStringLiteral("locked") << load
                                << int(Status::Unavailable);
        QTest::newRow("user said no")
            << int(QKeychain::AccessDeniedByUser) << QString() << save << int(Status::Unavailable);
        QTest::newRow("no bus") << int(QKeychain::OtherError)
                                << QStringLiteral("Could not connect: No such file or directory")
                                << load << int(Status::Unavailable);
        QTest::newRow("no secret service")
            << int(QKeychain::OtherError)
            << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service "
                              "files")
            << save << int(Status::Unavailable);
        QTest::newRow("other") << int(QKeychain::OtherError) << QStringLiteral("Bad arguments")
                               << save << int(Status::Failed);
        QTest::newRow("delete failed")
            << int(QKeychain::CouldNotDeleteEntry) << QString() << remove << int(Status::Failed);
    }
    void mapping()
    {
        QFETCH(int, error);
        QFETCH(QString, text);
        QFETCH(int, operation);
        QFETCH(int, status);
        const TokenResult result
            = opc::secrets::resultFromJob(error, text, KeychainOperation(operation));
        QCOMPARE(int(result.status), status);
        QCOMPARE(result.message.isEmpty(), status == int(Status::Ok));
        QVERIFY(result.token.isEmpty());
        if (status != int(Status::Ok))
            QCOMPARE(result.detail, text);
    }

    void unavailableSaysWhatToDo()
    {
        const TokenResult result = opc::secrets::resultFromJob(int(QKeychain::NoBackendAvailable),
                                                               {}, KeychainOperation::Save);
        QVERIFY(result.message.contains(QLatin1String("Unlock")));
        QVERIFY(result.message.contains(QLatin1String("memory")));
    }

    void messagesDifferPerOutcome()
    {
        const auto message = [](int error, KeychainOperation operation) {
            return opc::secrets::resultFromJob(error, QStringLiteral("x"), operation).message;
        };
        QVERIFY(message(QKeychain::EntryNotFound, KeychainOperation::Load)
                != message(QKeychain::NoBackendAvailable, KeychainOperation::Load));
        QVERIFY(message(QKeychain::OtherError, KeychainOperation::Save)
                != message(QKeychain::OtherError, KeychainOperation::Load));
        QVERIFY(message(QKeychain::OtherError, KeychainOperation::Load)
                != message(QKeychain::NoBackendAvailable, KeychainOperation::Load));
    }
};

QTEST_GUILESS_MAIN(TestKeychainErrors)
#include "tst_keychainerrors.moc"
