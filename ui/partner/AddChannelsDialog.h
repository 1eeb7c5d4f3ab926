#pragma once

#include "ui/partner/PartnerOrderDialog.h"

class QLabel;

namespace opc::ui {

class ChannelCountsEditor;

// "Add channels" to a running line (seed 003): a spin box per channel, each paid only for the
// days left until the line expires (monthly price × days / 30), with the volume and partner
// discounts and no period discount: partner::quoteAddOn(). Refused with fewer than 6 days left
// (the page does not offer it then). Named "addChannelsDialog", its fields "addChannel_<key>",
// "addChannelsDaysLeft".
class AddChannelsDialog final : public PartnerOrderDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddChannelsDialog)

public:
    AddChannelsDialog(const PartnerOrderContext &context, const ops::PartnerLine &line,
                      QWidget *parent = nullptr);

    partner::AddOnOrder addOnOrder() const;
    std::optional<ops::PartnerOrderRequest> request() const override;
    ChannelCountsEditor *channels() const { return m_channels; }

protected:
    void reprice() override;

private:
    ops::PartnerLine m_line;
    qint64 m_daysLeft;
    QLabel *m_days;
    ChannelCountsEditor *m_channels;
};

} // namespace opc::ui
