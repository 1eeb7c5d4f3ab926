#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace opc {

// Where the audit log's hash chain breaks: the first stored event that is not what the chain
// says, and why (translated).
struct AuditChainBreak {
    qint64 seq = 0; // as the listing gave it (0 when the event carries none)
    QString eventId;
    QString reason;
};

// Checks stored events (GET /api/v1/audit/events, in the order of their sequence numbers) one
// at a time, so a log of any size is verified page by page: each event must name the hash of
// the one before it (the genesis hash for the first), carry the next sequence number, and hash
// to its own stored hash (AuditChain.h). A changed field fails the hash, a deleted event the
// link of the one after it, reordered events the links. After the first break, add() keeps
// answering that break.
class AuditChainVerifier final {
public:
    AuditChainVerifier();

    // After retention archived the log's oldest events (GET /api/v1/audit/anchor): the first
    // event checked must be anchorSeq + 1 and name anchorHash. Call before the first add().
    void startAfter(qint64 anchorSeq, const QByteArray &anchorHash);

    // Checks the next event; the first break found, or nullopt while the chain holds.
    std::optional<AuditChainBreak> add(const QJsonObject &storedEvent);
    qint64 checked() const { return m_checked; }
    // Where the chain has got to: the last intact event's seq and hash (the anchor's before any).
    qint64 lastSeq() const { return m_previousSeq; }
    const QByteArray &lastHash() const { return m_previousHash; }
    const std::optional<AuditChainBreak> &firstBreak() const { return m_break; }

private:
    QByteArray m_previousHash;
    qint64 m_previousSeq = 0;
    qint64 m_checked = 0;
    std::optional<AuditChainBreak> m_break;
};

} // namespace opc
