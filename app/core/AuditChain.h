#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace opc {

// The audit log is append-only and hash-chained: every stored event carries the hash of the
// one before it, so a changed field, a deleted event or a reordering breaks the chain.
// The sandbox computes these hashes when it stores an event; the verifier recomputes them.

// Text that is hashed for one stored event: compact JSON with keys in sorted order
// (QJsonObject keeps keys sorted, so this is canonical for a given set of values).
QByteArray canonicalJson(const QJsonObject &object);

// Hex SHA-256 of the previous hash followed by the canonical text of the stored event
// (the event as stored, including its sequence number, without its own hash).
QByteArray chainHash(const QByteArray &previousHash, const QJsonObject &storedEventWithoutHash);

// The hash that stands before the first event of a fresh log.
QByteArray chainGenesisHash();

} // namespace opc
