#pragma once

#include <QMap>
#include <QString>
#include <QWidget>

#include <functional>

class QSpinBox;

namespace opc::ui {

// A spin box per channel of the CRM's price list (personal channels first), each with its
// price beside it: how many of each channel an order adds. Spin boxes are named
// `prefix` + the channel key ("buyChannel_whatsapp").
class ChannelCountsEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelCountsEditor)

public:
    // `priceText(key, monthlyKopecks)`: the text beside the channel's spin box.
    ChannelCountsEditor(const QMap<QString, qint64> &monthlyPrices, const QString &prefix,
                        const std::function<QString(const QString &, qint64)> &priceText,
                        QWidget *parent = nullptr);

    // The channels with a count above zero.
    QMap<QString, qint64> counts() const;
    qint64 total() const;
    QSpinBox *spinBox(const QString &key) const { return m_spins.value(key); }
    void setCount(const QString &key, int count);

Q_SIGNALS:
    void changed();

private:
    QMap<QString, QSpinBox *> m_spins;
};

} // namespace opc::ui
