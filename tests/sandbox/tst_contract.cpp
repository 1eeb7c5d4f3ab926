// The contract (api/crm.openapi.json) and crm-sandbox must describe the same API: a route served
// but not documented, or documented but not served, fails here. Also checks the document keeps
// the contract's rules on every operation.

#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using opc::sandbox::SandboxServer;

class ContractTest final : public QObject {
    Q_OBJECT

private:
    QJsonObject m_doc;

    // Follows a local "$ref" ("#/components/responses/X") to the object it names.
    QJsonObject resolve(const QJsonObject &object) const
    {
        const QString ref = object.value(QStringLiteral("$ref")).toString();
        if (ref.isEmpty())
            return object;
        QJsonValue node = m_doc;
        for (const QString &part : ref.mid(2).split(QLatin1Char('/')))
            node = node.toObject().value(part);
        return node.toObject();
    }

    // Every (method, path, operation) of the document.
    QList<std::tuple<QString, QString, QJsonObject>> operations() const
    {
        QList<std::tuple<QString, QString, QJsonObject>> list;
        const QJsonObject paths = m_doc.value(QStringLiteral("paths")).toObject();
        static const QStringList methods { QStringLiteral("get"),    QStringLiteral("put"),
                                           QStringLiteral("post"),   QStringLiteral("delete"),
                                           QStringLiteral("patch"),  QStringLiteral("head"),
                                           QStringLiteral("options") };
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject item = path.value().toObject();
            for (const QString &method : methods) {
                if (item.contains(method))
                    list.append({ method.toUpper(), path.key(), item.value(method).toObject() });
            }
        }
        return list;
    }

    bool hasHeaderParameter(const QJsonObject &operation, const QString &name) const
    {
        for (const QJsonValue &value : operation.value(QStringLiteral("parameters")).toArray()) {
            const QJsonObject parameter = resolve(value.toObject());
            if (parameter.value(QStringLiteral("in")).toString() == QLatin1String("header")
                && parameter.value(QStringLiteral("name"))
                        .toString()
                        .compare(name, Qt::CaseInsensitive)
                    == 0
                && parameter.value(QStringLiteral("required")).toBool())
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString source = qEnvironmentVariable("OPC_SOURCE_DIR");
        QVERIFY2(!source.isEmpty(), "OPC_SOURCE_DIR is not set (ctest sets it)");
        QFile file(QDir(source).filePath(QStringLiteral("api/crm.openapi.json")));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        m_doc = document.object();
        QVERIFY(m_doc.value(QStringLiteral("openapi")).toString().startsWith(QLatin1String("3.0")));
    }

    void servedRoutesAreExactlyTheDocumentedOnes()
    {
        QSet<QString> documented;
        for (const auto &[method, path, operation] : operations())
            documented.insert(method + QLatin1Char(' ') + path);
        const QStringList served = SandboxServer::servedRoutes(true);
        const QSet<QString> servedSet(served.begin(), served.end());
        QCOMPARE(servedSet.size(), served.size()); // no route served twice
        const QSet<QString> undocumented = servedSet - documented;
        const QSet<QString> unserved = documented - servedSet;
        QVERIFY2(undocumented.isEmpty(),
                 qPrintable(QStringLiteral("served but not in api/crm.openapi.json: ")
                            + QStringList(undocumented.values()).join(QStringLiteral(", "))));
        QVERIFY2(unserved.isEmpty(),
                 qPrintable(QStringLiteral("documented but not served by crm-sandbox: ")
                            + QStringList(unserved.values()).join(QStringLiteral(", "))));
    }

    void faultRoutesOnlyWithFaultInjection()
    {
        const QStringList plain = SandboxServer::servedRoutes(false);
        QVERIFY(!plain.isEmpty());
        for (const QString &route : plain)
            QVERIFY2(!route.contains(QLatin1String("/_sandbox/")), qPrintable(route));
        QVERIFY(SandboxServer::servedRoutes(true).contains(
            QStringLiteral("POST /api/v1/_sandbox/faults")));
    }

    void everyPathUsesTheBasePath()
    {
        for (const auto &[method, path, operation] : operations())
            QVERIFY2(path.startsWith(QLatin1String("/api/v1/")), qPrintable(path));
    }

    void errorBodySchemaIsTheContractsOne()
    {
        const QJsonObject error = m_doc[QStringLiteral("components")][QStringLiteral("schemas")]
                                       [QStringLiteral("Error")]
                                           .toObject();
        const QJsonObject inner
            = error[QStringLiteral("properties")][QStringLiteral("error")].toObject();
        const QJsonObject fields = inner.value(QStringLiteral("properties")).toObject();
        QCOMPARE(QStringList(fields.keys()),
                 (QStringList { QStringLiteral("code"), QStringLiteral("field"),
                                QStringLiteral("message") }));
        QVERIFY(fields[QStringLiteral("field")][QStringLiteral("nullable")].toBool());
    }

    void everyOperationDocumentsErrorsWithTheErrorSchema()
    {
        for (const auto &[method, path, operation] : operations()) {
            const QString name = method + QLatin1Char(' ') + path;
            const QJsonObject responses = operation.value(QStringLiteral("responses")).toObject();
            int errors = 0;
            for (auto it = responses.begin(); it != responses.end(); ++it) {
                const bool isError
                    = it.key() == QLatin1String("default") || it.key().toInt() >= 400;
                if (!isError)
                    continue;
                ++errors;
                const QJsonObject response = resolve(it.value().toObject());
                const QString schema
                    = response[QStringLiteral("content")][QStringLiteral("application/json")]
                              [QStringLiteral("schema")][QStringLiteral("$ref")]
                                  .toString();
                // The analytics JSON-RPC endpoint answers its own limit's 429 in JSON-RPC.
                const bool jsonRpcLimit = operation.value(QStringLiteral("x-json-rpc")).toBool()
                    && it.key() == QLatin1String("429")
                    && schema == QLatin1String("#/components/schemas/JsonRpcResponse");
                QVERIFY2(schema == QLatin1String("#/components/schemas/Error") || jsonRpcLimit,
                         qPrintable(name + QStringLiteral(" ") + it.key()
                                    + QStringLiteral(" does not use the Error schema")));
            }
            QVERIFY2(errors > 0, qPrintable(name + QStringLiteral(" documents no error response")));
            QVERIFY2(responses.contains(QStringLiteral("429")),
                     qPrintable(name + QStringLiteral(" lacks 429")));
            const bool isPublic = operation.contains(QStringLiteral("security"))
                && operation.value(QStringLiteral("security")).toArray().isEmpty();
            if (!isPublic)
                QVERIFY2(responses.contains(QStringLiteral("401")),
                         qPrintable(name + QStringLiteral(" lacks 401")));
        }
    }

    void onlyHealthIsPublic()
    {
        QVERIFY(!m_doc.value(QStringLiteral("security")).toArray().isEmpty());
        for (const auto &[method, path, operation] : operations()) {
            const bool isPublic = operation.contains(QStringLiteral("security"))
                && operation.value(QStringLiteral("security")).toArray().isEmpty();
            QCOMPARE(isPublic, path == QLatin1String("/api/v1/health"));
        }
    }

    void everyPostDocumentsIdempotencyKey()
    {
        for (const auto &[method, path, operation] : operations()) {
            if (method == QLatin1String("POST"))
                QVERIFY2(hasHeaderParameter(operation, QStringLiteral("Idempotency-Key")),
                         qPrintable(path));
        }
    }

    void everyPatchDocumentsIfMatchAndPreconditionErrors()
    {
        for (const auto &[method, path, operation] : operations()) {
            if (method != QLatin1String("PATCH"))
                continue;
            QVERIFY2(hasHeaderParameter(operation, QStringLiteral("If-Match")), qPrintable(path));
            const QJsonObject responses = operation.value(QStringLiteral("responses")).toObject();
            QVERIFY(responses.contains(QStringLiteral("412")));
            QVERIFY(responses.contains(QStringLiteral("428")));
        }
    }

    // The writes a KIDS merge uses refuse everyone but the merge's user while it locks their
    // accounts (app/sandbox/MergeLocks.h): each documents that 409 and its MergeLockedError body.
    void mergeLockedWritesDocumentTheirConflict()
    {
        const QStringList guarded {
            QStringLiteral("PATCH /api/v1/requests/{id}"),
            QStringLiteral("POST /api/v1/requests"),
            QStringLiteral("POST /api/v1/requests/{id}/comments"),
            QStringLiteral("POST /api/v1/methodists/{id}/lessons"),
            QStringLiteral("PATCH /api/v1/methodists/{id}/lessons/{lesson_id}"),
            QStringLiteral("DELETE /api/v1/methodists/{id}/lessons/{lesson_id}"),
            QStringLiteral("PUT /api/v1/accounts/{id}/schedule"),
            QStringLiteral("DELETE /api/v1/accounts/{id}/schedule"),
            QStringLiteral("POST /api/v1/teachers/{id}/requests"),
            QStringLiteral("POST /api/v1/teachers/{id}/letters"),
            QStringLiteral("POST /api/v1/balance-transfers"),
            QStringLiteral("POST /api/v1/accounts/{id}/login-link"),
        };
        int found = 0;
        for (const auto &[method, path, operation] : operations()) {
            const QString name = method + QLatin1Char(' ') + path;
            if (!guarded.contains(name))
                continue;
            ++found;
            const QJsonObject conflict
                = resolve(operation[QStringLiteral("responses")][QStringLiteral("409")].toObject());
            const QString description = conflict.value(QStringLiteral("description")).toString();
            QVERIFY2(
                description.contains(QLatin1String("merge_locked"))
                    && description.contains(QLatin1String("#/components/schemas/MergeLockedError")),
                qPrintable(name + QStringLiteral(" does not document 409 merge_locked")));
        }
        QCOMPARE(found, guarded.size());
        QVERIFY(m_doc[QStringLiteral("components")][QStringLiteral("schemas")].toObject().contains(
            QStringLiteral("MergeLockedError")));
    }

    void retryAfterIsDocumentedOn429()
    {
        const QJsonObject response
            = m_doc[QStringLiteral("components")][QStringLiteral("responses")]
                   [QStringLiteral("TooManyRequests")]
                       .toObject();
        QVERIFY(response.value(QStringLiteral("headers"))
                    .toObject()
                    .contains(QStringLiteral("Retry-After")));
    }

    void everyReferenceResolves()
    {
        // Walks the whole document: a "$ref" to nothing is a broken contract.
        QList<QJsonValue> pending { m_doc };
        int refs = 0;
        while (!pending.isEmpty()) {
            const QJsonValue value = pending.takeLast();
            if (value.isArray()) {
                for (const QJsonValue &item : value.toArray())
                    pending.append(item);
            } else if (value.isObject()) {
                const QJsonObject object = value.toObject();
                if (object.contains(QStringLiteral("$ref"))) {
                    ++refs;
                    QVERIFY2(!resolve(object).isEmpty(),
                             qPrintable(object.value(QStringLiteral("$ref")).toString()));
                }
                for (auto it = object.begin(); it != object.end(); ++it)
                    pending.append(it.value());
            }
        }
        QVERIFY(refs > 20);
    }
};

QTEST_GUILESS_MAIN(ContractTest)
#include "tst_contract.moc"
