#include "core/AuditChainVerifier.h"

#include "core/AuditChain.h"
#include "core/JsonNumbers.h"

#include <QCoreApplication>

namespace opc {

namespace {

struct AuditChainText {
    Q_DECLARE_TR_FUNCTIONS(opc::AuditChainVerifier)
};

} // namespace

AuditChainVerifier::AuditChainVerifier() : m_previousHash(chainGenesisHash())
{
}

void AuditChainVerifier::startAfter(qint64 anchorSeq, const QByteArray &anchorHash)
{
    m_previousSeq = anchorSeq;
    m_previousHash = anchorHash;
}

std::optional<AuditChainBreak> AuditChainVerifier::add(const QJsonObject &storedEvent)
{
    if (m_break)
        return m_break;
    const std::optional<qint64> seq
        = wholeNumber(storedEvent.value(QStringLiteral("seq")), 1, kJsonExactLimit);
    AuditChainBreak found { seq.value_or(0), storedEvent.value(QStringLiteral("id")).toString(),
                            QString() };
    const QByteArray previous
        = storedEvent.value(QStringLiteral("prev_hash")).toString().toLatin1();
    const QByteArray hash = storedEvent.value(QStringLiteral("hash")).toString().toLatin1();
    QJsonObject content = storedEvent;
    content.remove(QStringLiteral("hash"));
    if (!seq) {
        found.reason = AuditChainText::tr("It has no sequence number.");
    } else if (*seq != m_previousSeq + 1) {
        found.reason = m_checked == 0
            ? AuditChainText::tr("The log starts at event %1 instead of event %2: the events "
                                 "before it are missing.")
                  .arg(*seq)
                  .arg(m_previousSeq + 1)
            : AuditChainText::tr("It follows event %1 but is numbered %2: events are missing "
                                 "or out of order.")
                  .arg(m_previousSeq)
                  .arg(*seq);
    } else if (previous != m_previousHash) {
        found.reason = m_checked == 0
            ? AuditChainText::tr("It does not start the chain: the log before it was changed.")
            : AuditChainText::tr("It does not follow event %1 in the chain: an event between "
                                 "them was deleted, or the events were reordered.")
                  .arg(m_previousSeq);
    } else if (chainHash(previous, content) != hash) {
        found.reason = AuditChainText::tr("Its content does not match its hash: the event was "
                                          "changed after it was stored.");
    }
    if (!found.reason.isEmpty()) {
        m_break = found;
        return m_break;
    }
    m_previousHash = hash;
    m_previousSeq = *seq;
    ++m_checked;
    return std::nullopt;
}

} // namespace opc
