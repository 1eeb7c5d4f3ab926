#include "sandbox/ApiSupport.h"
#include "sandbox/MergeLocks.h"
#include "sandbox/Routes.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

// What the KIDS account merge (seed 000, issue 3) needs from the CRM itself: login links (only
// English accounts get one) and the merge registry, whose lock keeps a second agent off the
// accounts while a merge runs.

namespace opc::sandbox {

namespace {

constexpr int kLoginLinkHours = 24;
constexpr int kMaxSteps = 64;

const QStringList kPatchStatuses { QStringLiteral("running"), QStringLiteral("finished"),
                                   QStringLiteral("failed"), QStringLiteral("abandoned") };

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool validOperationId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._:-]{1,100}$"));
    return pattern.match(text).hasMatch();
}

bool validStepId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9-]{0,63}$"));
    return pattern.match(text).hasMatch();
}

// A positive whole JSON number (an id in a body), or nullopt.
std::optional<qint64> bodyId(const QJsonValue &value)
{
    const qint64 id = value.toInteger(-1);
    if (!value.isDouble() || id <= 0 || double(id) != value.toDouble())
        return std::nullopt;
    return id;
}

// ---- login links ----------------------------------------------------------------------------

HttpReply createLoginLink(ApiContext &context, const ApiRequest &request)
{
    const auto id = parseId(request.params.value(0));
    if (!id)
        return notFound();
    QSqlQuery account(context.db);
    if (!execQuery(account,
                   QStringLiteral("SELECT subject, login_link_allowed FROM accounts WHERE id = ?"),
                   { *id }))
        return databaseError(account);
    if (!account.next())
        return notFound();
    if (const auto locked = refuseLockedWrite(context, request.user, { *id }))
        return *locked;
    if (account.value(0).toString() != QLatin1String("english")) {
        return validationError(QStringLiteral("account_id"),
                               Text::tr("Login links exist only for English accounts; a math "
                                        "account cannot get one. Use the linked English account."));
    }
    if (!account.value(1).toBool()) {
        return validationError(QStringLiteral("account_id"),
                               Text::tr("Login links are switched off for this account."));
    }
    const QString token = QUuid::createUuid().toString(QUuid::Id128);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString expires = now.addSecs(kLoginLinkHours * 3600).toString(Qt::ISODateWithMs);
    QSqlQuery insert(context.db);
    if (!execQuery(insert,
                   QStringLiteral("INSERT INTO login_links (account_id, token, created_by, "
                                  "created_at, expires_at) VALUES (?, ?, ?, ?, ?)"),
                   { *id, token, request.user.id, now.toString(Qt::ISODateWithMs), expires }))
        return databaseError(insert);
    return HttpReply::json(
        201,
        QJsonObject { { QStringLiteral("account_id"), *id },
                      { QStringLiteral("url"),
                        QStringLiteral("https://student.school.example/login-link/") + token },
                      { QStringLiteral("expires_at"), expires } });
}

// ---- merges ---------------------------------------------------------------------------------

struct AccountInfo {
    qint64 id = 0;
    qint64 studentId = 0;
    QString subject;
    bool kids = false;
    qint64 lessonsTaken = 0;
    std::optional<qint64> linked;
};

std::optional<AccountInfo> loadAccount(ApiContext &context, qint64 id)
{
    QSqlQuery query(context.db);
    if (!execQuery(query,
                   QStringLiteral("SELECT a.student_id, a.subject, a.product, s.is_kids, "
                                  "a.lessons_taken, a.linked_account_id FROM accounts a JOIN "
                                  "students s ON s.id = a.student_id WHERE a.id = ?"),
                   { id })
        || !query.next())
        return std::nullopt;
    AccountInfo info;
    info.id = id;
    info.studentId = query.value(0).toLongLong();
    info.subject = query.value(1).toString();
    info.kids = query.value(2).toString() == QLatin1String("kids") && query.value(3).toBool();
    info.lessonsTaken = query.value(4).toLongLong();
    if (!query.value(5).isNull())
        info.linked = query.value(5).toLongLong();
    return info;
}

QByteArray mergeTag(const QString &operationId, qint64 version)
{
    return "\"merge-" + operationId.toUtf8() + "-v" + QByteArray::number(version) + '"';
}

// The merge as GET /merges/{operation_id} shows it, or nullopt with `error` set to the 404 or
// database error to answer.
std::optional<QJsonObject> mergeJson(ApiContext &context, const QString &operationId,
                                     HttpReply *error)
{
    QSqlQuery query(context.db);
    if (!execQuery(query,
                   QStringLiteral("SELECT m.*, u.display_name FROM merges m JOIN users u ON "
                                  "u.id = m.user_id WHERE m.operation_id = ?"),
                   { operationId })) {
        *error = databaseError(query);
        return std::nullopt;
    }
    if (!query.next()) {
        *error = notFound();
        return std::nullopt;
    }
    QJsonObject merge = rowToJson(
        query,
        { QStringLiteral("operation_id"), QStringLiteral("source_account_id"),
          QStringLiteral("target_account_id"), QStringLiteral("status"),
          QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("version") });
    merge.insert(
        QStringLiteral("user"),
        QJsonObject { { QStringLiteral("id"), query.value(QStringLiteral("user_id")).toString() },
                      { QStringLiteral("display_name"),
                        query.value(QStringLiteral("display_name")).toString() } });
    merge.insert(
        QStringLiteral("completed_steps"),
        QJsonDocument::fromJson(query.value(QStringLiteral("completed_steps")).toString().toUtf8())
            .array());
    QSqlQuery locks(context.db);
    if (!execQuery(locks,
                   QStringLiteral("SELECT account_id FROM merge_locks WHERE operation_id = ? "
                                  "ORDER BY account_id"),
                   { operationId })) {
        *error = databaseError(locks);
        return std::nullopt;
    }
    QJsonArray locked;
    while (locks.next())
        locked.append(locks.value(0).toLongLong());
    merge.insert(QStringLiteral("locked_account_ids"), locked);
    return merge;
}

// The merge as JSON with its ETag, or the 404 / database error.
HttpReply mergeReply(ApiContext &context, const QString &operationId, int status = 200)
{
    HttpReply error;
    const auto merge = mergeJson(context, operationId, &error);
    if (!merge)
        return error;
    const qint64 version = merge->value(QStringLiteral("version")).toInteger();
    return HttpReply::json(status, *merge).setHeader("ETag", mergeTag(operationId, version));
}

// 409 merge_locked of the merge registry itself (POST and PATCH /merges): the message, and the
// holder and the operation as data (MergeLocks.h).
HttpReply lockedBy(const QString &operationId, const QString &holderId, const QString &holderName)
{
    return mergeLockedReply(
        Text::tr("%1 is already merging these accounts (operation %2). Wait until that merge is "
                 "finished or abandoned.")
            .arg(holderName, operationId),
        operationId, holderId, holderName);
}

HttpReply createMerge(ApiContext &context, const ApiRequest &request)
{
    HttpReply error;
    const auto body = readJsonObject(request.call, &error);
    if (!body)
        return error;
    const QJsonValue operationValue = body->value(QStringLiteral("operation_id"));
    const QString operationId = operationValue.toString();
    if (!operationValue.isString() || !validOperationId(operationId)) {
        return validationError(
            QStringLiteral("operation_id"),
            Text::tr("operation_id must be 1 to 100 letters, digits or . _ : -"));
    }
    std::optional<AccountInfo> accounts[2];
    const QString fields[2]
        = { QStringLiteral("source_account_id"), QStringLiteral("target_account_id") };
    for (int i = 0; i < 2; ++i) {
        const auto id = bodyId(body->value(fields[i]));
        if (id)
            accounts[i] = loadAccount(context, *id);
        if (!accounts[i]) {
            return validationError(
                fields[i], Text::tr("%1 must be the id of an existing account.").arg(fields[i]));
        }
    }
    const AccountInfo &source = *accounts[0];
    const AccountInfo &target = *accounts[1];

    // The same operation again: the merge registered before, to resume.
    QSqlQuery existing(context.db);
    if (!execQuery(existing,
                   QStringLiteral("SELECT m.source_account_id, m.target_account_id, m.user_id, "
                                  "m.status, u.display_name FROM merges m JOIN users u ON u.id = "
                                  "m.user_id WHERE m.operation_id = ?"),
                   { operationId }))
        return databaseError(existing);
    if (existing.next()) {
        if (existing.value(0).toLongLong() != source.id
            || existing.value(1).toLongLong() != target.id) {
            return validationError(QStringLiteral("operation_id"),
                                   Text::tr("The operation %1 is already registered for other "
                                            "accounts. Use a new operation id.")
                                       .arg(operationId));
        }
        // Resuming is the holder's right alone: knowing the operation id (a 409 names it) must
        // not let anyone else take the lock over. A team lead frees a stuck merge by abandoning
        // it (PATCH) and starts their own.
        if (existing.value(2).toString() != request.user.id) {
            return lockedBy(operationId, existing.value(2).toString(),
                            existing.value(4).toString());
        }
        const QString status = existing.value(3).toString();
        if (status == QLatin1String("finished") || status == QLatin1String("abandoned")) {
            return HttpReply::error(409, QStringLiteral("merge_closed"),
                                    Text::tr("The merge %1 is already %2 and cannot change any "
                                             "more.")
                                        .arg(operationId, status));
        }
        return mergeReply(context, operationId, 200);
    }

    // A finished merge of these accounts: merging them again would repeat every step (a second
    // intro lesson, a second letter to the teacher).
    QSqlQuery merged(context.db);
    if (!execQuery(merged,
                   QStringLiteral("SELECT operation_id FROM merges WHERE source_account_id = ? "
                                  "AND target_account_id = ? AND status = 'finished'"),
                   { source.id, target.id }))
        return databaseError(merged);
    if (merged.next()) {
        return HttpReply::error(409, QStringLiteral("already_merged"),
                                Text::tr("Accounts %1 and %2 were already merged (operation %3).")
                                    .arg(source.id)
                                    .arg(target.id)
                                    .arg(merged.value(0).toString()),
                                QStringLiteral("source_account_id"));
    }

    if (source.id == target.id) {
        return validationError(QStringLiteral("target_account_id"),
                               Text::tr("The source and the target must be different accounts."));
    }
    for (int i = 0; i < 2; ++i) {
        if (!accounts[i]->kids) {
            return HttpReply::error(422, QStringLiteral("not_kids"),
                                    Text::tr("Account %1 is not a KIDS account: only KIDS "
                                             "accounts can be merged this way.")
                                        .arg(accounts[i]->id),
                                    fields[i]);
        }
    }
    if (source.studentId != target.studentId || source.subject != target.subject) {
        return validationError(QStringLiteral("target_account_id"),
                               Text::tr("The target must be the same student's account in the "
                                        "same subject as the source."));
    }
    if (target.lessonsTaken > 0) {
        return HttpReply::error(422, QStringLiteral("target_not_empty"),
                                Text::tr("The target account %1 is not empty: %Ln lesson(s) "
                                         "taken there. Only an empty account can receive a "
                                         "merge.",
                                         nullptr, int(target.lessonsTaken))
                                    .arg(target.id),
                                QStringLiteral("target_account_id"));
    }

    QList<qint64> lock { source.id, target.id };
    for (const AccountInfo *account : { &source, &target }) {
        if (account->linked && !lock.contains(*account->linked))
            lock.append(*account->linked);
    }
    std::sort(lock.begin(), lock.end());

    if (const auto failed = beginTransaction(context.db))
        return *failed;
    for (qint64 account : lock) {
        std::optional<LockHolder> holder;
        if (!findLockHolder(context, account, &holder, &error)) {
            context.db.rollback();
            return error;
        }
        if (holder) {
            context.db.rollback();
            return lockedBy(holder->operationId, holder->userId, holder->displayName);
        }
    }
    const QString now = nowText();
    QSqlQuery insert(context.db);
    if (!execQuery(insert,
                   QStringLiteral("INSERT INTO merges (operation_id, source_account_id, "
                                  "target_account_id, user_id, created_at, updated_at) VALUES "
                                  "(?, ?, ?, ?, ?, ?)"),
                   { operationId, source.id, target.id, request.user.id, now, now })) {
        context.db.rollback();
        return databaseError(insert);
    }
    for (qint64 account : lock) {
        QSqlQuery row(context.db);
        if (!execQuery(row,
                       QStringLiteral("INSERT INTO merge_locks (account_id, operation_id) "
                                      "VALUES (?, ?)"),
                       { account, operationId })) {
            context.db.rollback();
            return databaseError(row);
        }
    }
    context.db.commit();
    return mergeReply(context, operationId, 201);
}

// The merges whose lock covers ?account_id= (at most one: an account is locked by one merge at
// a time; finished and abandoned merges hold none), paginated by the merge's row id.
HttpReply listMerges(ApiContext &context, const ApiRequest &request)
{
    const QUrlQuery &query = request.call.query;
    if (!query.hasQueryItem(QStringLiteral("account_id"))) {
        return validationError(QStringLiteral("account_id"),
                               Text::tr("account_id is required: the account whose merge lock "
                                        "to show."));
    }
    const auto account = parseId(queryValue(query, QStringLiteral("account_id")));
    if (!account) {
        return validationError(QStringLiteral("account_id"),
                               Text::tr("account_id must be an account id (digits)."));
    }
    QSqlQuery exists(context.db);
    if (!execQuery(exists, QStringLiteral("SELECT 1 FROM accounts WHERE id = ?"), { *account }))
        return databaseError(exists);
    if (!exists.next()) {
        return validationError(QStringLiteral("account_id"),
                               Text::tr("account_id must be the id of an existing account."));
    }
    HttpReply error;
    const auto page = readPage(query, &error);
    if (!page)
        return error;
    QSqlQuery holders(context.db);
    if (!execQuery(holders,
                   QStringLiteral("SELECT m.rowid, m.operation_id FROM merge_locks l JOIN merges "
                                  "m ON m.operation_id = l.operation_id WHERE l.account_id = ? "
                                  "AND m.rowid > ? ORDER BY m.rowid LIMIT ?"),
                   { *account, page->after, page->limit + 1 }))
        return databaseError(holders);
    QList<QPair<qint64, QString>> found;
    while (holders.next())
        found.append({ holders.value(0).toLongLong(), holders.value(1).toString() });
    // pageBody takes the cursor from a numeric member; the merge has none, so each row carries
    // its row id beside the merge until the page is cut.
    QJsonArray rows;
    for (const auto &[key, operationId] : found) {
        const auto merge = mergeJson(context, operationId, &error);
        if (!merge)
            return error;
        rows.append(
            QJsonObject { { QStringLiteral("key"), key }, { QStringLiteral("merge"), *merge } });
    }
    QJsonObject body = pageBody(rows, *page, QStringLiteral("key"));
    QJsonArray items;
    for (const QJsonValue &row : body.value(QStringLiteral("items")).toArray())
        items.append(row[QStringLiteral("merge")]);
    body.insert(QStringLiteral("items"), items);
    return HttpReply::json(200, body);
}

HttpReply getMerge(ApiContext &context, const ApiRequest &request)
{
    const QString operationId = request.params.value(0);
    return validOperationId(operationId) ? mergeReply(context, operationId) : notFound();
}

HttpReply patchMerge(ApiContext &context, const ApiRequest &request)
{
    const QString operationId = request.params.value(0);
    if (!validOperationId(operationId))
        return notFound();
    QSqlQuery current(context.db);
    if (!execQuery(current,
                   QStringLiteral("SELECT m.version, m.status, m.user_id, u.display_name FROM "
                                  "merges m JOIN users u ON u.id = m.user_id WHERE "
                                  "m.operation_id = ?"),
                   { operationId }))
        return databaseError(current);
    if (!current.next())
        return notFound();
    const qint64 version = current.value(0).toLongLong();
    const QString status = current.value(1).toString();
    const QByteArray ifMatch = request.call.header("If-Match").trimmed();
    if (ifMatch.isEmpty()) {
        return HttpReply::error(428, QStringLiteral("precondition_required"),
                                Text::tr("Send If-Match with the ETag of the merge you read, so "
                                         "that no one else's change is overwritten."),
                                QStringLiteral("If-Match"));
    }
    if (ifMatch != mergeTag(operationId, version)) {
        return HttpReply::error(412, QStringLiteral("precondition_failed"),
                                Text::tr("The merge was changed since you read it. Reload it "
                                         "and apply your change again."),
                                QStringLiteral("If-Match"));
    }
    const bool reviewer = request.user.role == QLatin1String("team_lead")
        || request.user.role == QLatin1String("admin");
    if (current.value(2).toString() != request.user.id && !reviewer)
        return lockedBy(operationId, current.value(2).toString(), current.value(3).toString());
    if (status == QLatin1String("finished") || status == QLatin1String("abandoned")) {
        return HttpReply::error(409, QStringLiteral("merge_closed"),
                                Text::tr("The merge %1 is already %2 and cannot change any more.")
                                    .arg(operationId, status));
    }
    HttpReply error;
    const auto body = readJsonObject(request.call, &error);
    if (!body)
        return error;
    if (body->isEmpty())
        return validationError({}, Text::tr("The body names no field to change."));
    QString newStatus = status;
    std::optional<QByteArray> steps;
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (it.key() == QLatin1String("status")) {
            if (!kPatchStatuses.contains(it.value().toString())) {
                return validationError(it.key(),
                                       Text::tr("status must be one of: %1.")
                                           .arg(kPatchStatuses.join(QStringLiteral(", "))));
            }
            newStatus = it.value().toString();
        } else if (it.key() == QLatin1String("completed_steps")) {
            const QJsonArray list = it.value().toArray();
            bool ok = it.value().isArray() && list.size() <= kMaxSteps;
            QStringList seen;
            for (const QJsonValue &step : list) {
                ok = ok && step.isString() && validStepId(step.toString())
                    && !seen.contains(step.toString());
                seen.append(step.toString());
            }
            if (!ok) {
                return validationError(it.key(),
                                       Text::tr("completed_steps must be a list of at most %1 "
                                                "different step ids such as "
                                                "\"move-intro-lesson\".")
                                           .arg(kMaxSteps));
            }
            steps = QJsonDocument(list).toJson(QJsonDocument::Compact);
        } else {
            return validationError(it.key(),
                                   Text::tr("%1 cannot be changed here. Changeable: status, "
                                            "completed_steps.")
                                       .arg(it.key()));
        }
    }
    if (const auto failed = beginTransaction(context.db))
        return *failed;
    QSqlQuery update(context.db);
    if (!execQuery(update,
                   QStringLiteral("UPDATE merges SET status = ?, completed_steps = "
                                  "COALESCE(?, completed_steps), updated_at = ?, version = "
                                  "version + 1 WHERE operation_id = ? AND version = ?"),
                   { newStatus, steps ? QVariant(QString::fromUtf8(*steps)) : QVariant(), nowText(),
                     operationId, version })) {
        context.db.rollback();
        return databaseError(update);
    }
    if (newStatus == QLatin1String("finished") || newStatus == QLatin1String("abandoned")) {
        QSqlQuery release(context.db);
        if (!execQuery(release, QStringLiteral("DELETE FROM merge_locks WHERE operation_id = ?"),
                       { operationId })) {
            context.db.rollback();
            return databaseError(release);
        }
    }
    context.db.commit();
    return mergeReply(context, operationId);
}

} // namespace

std::vector<Route> mergeRoutes()
{
    return {
        { "POST", "/api/v1/accounts/{id}/login-link", Access::AnyUser, false, &createLoginLink },
        { "GET", "/api/v1/merges", Access::AnyUser, false, &listMerges },
        { "POST", "/api/v1/merges", Access::AnyUser, false, &createMerge },
        { "GET", "/api/v1/merges/{operation_id}", Access::AnyUser, false, &getMerge },
        { "PATCH", "/api/v1/merges/{operation_id}", Access::AnyUser, false, &patchMerge },
    };
}

} // namespace opc::sandbox
