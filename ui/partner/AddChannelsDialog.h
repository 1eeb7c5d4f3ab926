#pragma once

#include "ui/partner/PartnerOrderDialog.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace opc::ui {

class ChannelCountsEditor;

// "Add channels" to a running line (seed 003): a spin box per channel, each paid only for the
// days left until the line expires (monthly price × days / 30), with the volume and partner
// discounts and no period discount. Refused with fewer than 6 days left (the page does not offer
// it then). "Also buy new lines" buys new lines for the line's client in the same payment
// (months, number of lines, channels per line, ChatCoins package): the volume tier then counts
// the personal channels of both, the period discount applies to the new lines only
// (partner::quoteAddOnWithLines()). The project field attaches the line and the new lines to a
// project. The summary lists what is bought; the price below follows each change. Named
// "addChannelsDialog", its fields "addChannel_<key>", "addChannelsDaysLeft",
// "addChannelsProject", "addChannelsNewLines" (the checkable section), "addNewLinesMonths",
// "addNewLinesCount", "addNewLineChannel_<key>", "addNewLinesChatcoins", "addChannelsSummary".
class AddChannelsDialog final : public PartnerOrderDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddChannelsDialog)

public:
    AddChannelsDialog(const PartnerOrderContext &context, const ops::PartnerLine &line,
                      QWidget *parent = nullptr);

    partner::AddOnOrder addOnOrder() const;
    // The new lines bought with the channels; nullopt when the section is off.
    std::optional<partner::LineOrder> newLinesOrder() const;
    std::optional<ops::PartnerOrderRequest> request() const override;
    ChannelCountsEditor *channels() const { return m_channels; }
    ChannelCountsEditor *newLineChannels() const { return m_newChannels; }
    QLabel *summary() const { return m_summary; }

protected:
    void reprice() override;

private:
    QString summaryText(const std::optional<partner::LineOrder> &newLines) const;

    ops::PartnerLine m_line;
    qint64 m_daysLeft;
    QLabel *m_days;
    ChannelCountsEditor *m_channels;
    QLineEdit *m_project;
    QGroupBox *m_newLines;
    QSpinBox *m_months;
    QSpinBox *m_count;
    ChannelCountsEditor *m_newChannels;
    QComboBox *m_chatcoins;
    QLabel *m_summary;
};

} // namespace opc::ui
