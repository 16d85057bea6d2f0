// Lays out and draws the board with wxGraphicsContext (anti-aliased), type fitted to the width.
#include "ui/announce_paint.h"

#include <algorithm>
#include <memory>

#include <wx/dcclient.h>
#include <wx/dcmemory.h>
#include <wx/font.h>
#include <wx/graphics.h>

namespace plumb::ui {

namespace {

const wxColour kGround(0x0B, 0x16, 0x24);
const wxColour kBand(0x13, 0x24, 0x3A);
const wxColour kWhite(0xFF, 0xFF, 0xFF);
const wxColour kSoft(0xC8, 0xD2, 0xDE);
const wxColour kDim(0x7C, 0x8B, 0x9E);
const wxColour kGold(0xFF, 0xC8, 0x3D);
const wxColour kWarn(0xFF, 0x9E, 0x5E);

wxColour prize_colour(const std::string& award) {
    if (award == "first") return kGold;
    if (award == "second") return wxColour(0xE4, 0xEA, 0xF2);
    if (award == "third") return wxColour(0xF0, 0xA8, 0x6A);
    return wxColour(0x8F, 0xD0, 0xFF);
}

class Painter {
public:
    Painter(wxGraphicsContext& gc, const wxSize& size) : gc_(gc), w_(size.x), h_(size.y) {}

    // Draws `text` in a font `height` (share of the board's height) tall, shrunk until it fits
    // `width` (share of the board's width); `x` < 0 centres it. Returns the height used.
    double text(const wxString& text, double y, double height, const wxColour& colour,
                bool bold = false, double x = -1, double width = 0.92) {
        if (text.empty()) return 0;
        double px = std::max(10.0, height * h_);
        double tw = 0, th = 0;
        for (;;) {
            const wxFont font(wxFontInfo(wxSize(0, static_cast<int>(px)))
                                  .FaceName("Noto Sans CJK SC")
                                  .Bold(bold));
            gc_.SetFont(font, colour);
            gc_.GetTextExtent(text, &tw, &th);
            if (tw <= width * w_ || px <= 10) break;
            px = std::max(10.0, px * 0.92);
        }
        gc_.DrawText(text, x < 0 ? (w_ - tw) / 2 : x * w_, y * h_);
        return th / h_;
    }
    void rect(double x, double y, double width, double height, const wxColour& colour) {
        gc_.SetPen(*wxTRANSPARENT_PEN);
        gc_.SetBrush(wxBrush(colour));
        gc_.DrawRectangle(x * w_, y * h_, width * w_, height * h_);
    }
    double width_of(const wxString& text, double height) {
        const wxFont font(
            wxFontInfo(wxSize(0, static_cast<int>(height * h_))).FaceName("Noto Sans CJK SC"));
        gc_.SetFont(font, kWhite);
        double tw = 0, th = 0;
        gc_.GetTextExtent(text, &tw, &th);
        return tw / w_;
    }

private:
    wxGraphicsContext& gc_;
    double w_, h_;
};

void header(Painter& p, const BoardPicture& b) {
    p.rect(0, 0, 1, 0.19, kBand);
    p.rect(0, 0.19, 1, 0.006, kGold);
    p.text(b.competition, 0.025, 0.06, kWhite, true);
    p.text(b.trade + (b.trade_en.empty() ? wxString() : wxT("  ·  ") + b.trade_en), 0.108, 0.05,
           kGold, true);
}

void footer(Painter& p, const BoardPicture& b) {
    p.text(b.keys, 0.935, 0.028, kDim, false, 0.03, 0.7);
    if (!b.progress.empty())
        p.text(b.progress, 0.925, 0.04, kSoft, true, 0.97 - p.width_of(b.progress, 0.04) * 1.1,
               0.2);
}

void chooser(Painter& p, const BoardPicture& b) {
    p.text(b.heading, 0.25, 0.06, kWhite, true);
    double y = 0.38;
    const double row = std::min(0.11, 0.5 / std::max<std::size_t>(b.trades.size(), 1));
    for (std::size_t i = 0; i < b.trades.size(); ++i) {
        const bool on = static_cast<int>(i) == b.highlight;
        if (on) p.rect(0.2, y - row * 0.08, 0.6, row * 0.92, kBand);
        p.text(b.trades[i], y, row * 0.62, on ? kGold : kSoft, on);
        y += row;
    }
}

void title(Painter& p, const BoardPicture& b) {
    p.text(b.heading, 0.34, 0.13, kWhite, true);
    p.text(b.subheading, 0.56, 0.05, kSoft);
    p.text(b.warning, 0.68, 0.04, kWarn, true);
}

void winner(Painter& p, const BoardPicture& b) {
    const wxColour prize = prize_colour(b.award);
    p.text(b.prize, 0.235, 0.11, prize, true);
    p.text(b.name, 0.44, 0.15, kWhite, true);
    p.text(b.employer, 0.64, 0.055, kSoft);
    p.text(b.detail, 0.735, 0.05, kWhite);
    if (!b.titles.empty()) p.text(b.titles, 0.81, 0.04, kGold, true);
    if (!b.earlier.empty()) p.text(b.earlier, 0.875, 0.028, kDim, false, -1, 0.9);
}

}  // namespace

void paint_board(wxDC& dc, const wxSize& size, const BoardPicture& picture) {
    dc.SetBackground(wxBrush(kGround));
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc;
    if (auto* window_dc = dynamic_cast<wxWindowDC*>(&dc))
        gc.reset(wxGraphicsContext::Create(*window_dc));
    else if (auto* memory_dc = dynamic_cast<wxMemoryDC*>(&dc))
        gc.reset(wxGraphicsContext::Create(*memory_dc));
    if (!gc) return;
    gc->SetAntialiasMode(wxANTIALIAS_DEFAULT);
    Painter p(*gc, size);
    header(p, picture);
    switch (picture.kind) {
        case BoardPicture::Kind::Chooser: chooser(p, picture); break;
        case BoardPicture::Kind::Title: title(p, picture); break;
        case BoardPicture::Kind::Winner: winner(p, picture); break;
    }
    footer(p, picture);
}

}  // namespace plumb::ui
