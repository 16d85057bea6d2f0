// Words for aspects and event rules; numbers written exactly as the scheme gives them.
#include "ui/setup_scheme_text.h"

#include <wx/intl.h>

#include "ui/setup_text.h"
#include "ui/wx_text.h"

namespace plumb::ui {

namespace {

wxString num(const Decimal& d) {
    return u8(d.str());
}

wxString with_unit(const wxString& text, const std::string& unit) {
    return unit.empty() ? text : text + " " + u8(unit);
}

// Between the facts of one line: "; " in English, a full-width semicolon in Chinese.
wxString sep() {
    return _("; ");
}

wxString percent(const Decimal& weight) {
    return u8((weight * 100).str()) + "%";
}

}  // namespace

wxString aspect_type_label(AspectType type) {
    switch (type) {
        case AspectType::PassFail: return _("Pass/fail");
        case AspectType::Difference: return _("Measured deviation");
        case AspectType::Points: return _("Check points");
        case AspectType::Choice: return _("Choice");
        case AspectType::Judgement: return _("Judgement");
        case AspectType::Deduction: return _("Deduction");
    }
    return {};
}

wxString aspect_band(const Aspect& a) {
    if (a.type != AspectType::Difference && a.type != AspectType::Points) return {};
    if (a.lower || a.upper)
        return with_unit(num(a.band_low()) + wxT(" – ") + num(a.band_high()), a.unit);
    return with_unit(
        num(a.target.value_or(Decimal())) + wxT(" ± ") + num(a.tolerance.value_or(Decimal())),
        a.unit);
}

wxString aspect_rule(const Aspect& a) {
    switch (a.type) {
        case AspectType::PassFail: return _("full marks or none");
        case AspectType::Difference: {
            const Decimal step = a.step.value_or(Decimal::from_int(1));
            return wxString::Format(_("%s off per started %s beyond the band"), num(a.deduction),
                                    with_unit(num(step), a.unit));
        }
        case AspectType::Points:
            return wxString::Format(_("%d points; %s off for each outside the band"), a.points,
                                    num(a.deduction));
        case AspectType::Choice:
            return wxString::Format(_("%d choices"), static_cast<int>(a.options.size()));
        case AspectType::Judgement: return _("levels scaled to the maximum");
        case AspectType::Deduction:
            return a.cap ? wxString::Format(_("%s off each, at most %s"), num(a.deduction),
                                            num(*a.cap))
                         : wxString::Format(_("%s off each"), num(a.deduction));
    }
    return {};
}

wxString aspect_levels(const Aspect& a) {
    wxString out;
    if (a.type == AspectType::Judgement) {
        for (const std::string& d : a.descriptors) out += (out.empty() ? "" : " | ") + u8(d);
    } else if (a.type == AspectType::Choice) {
        for (const ChoiceOption& o : a.options)
            out += (out.empty() ? "" : " | ") + u8(o.label) + wxT(" (−") + num(o.deduction) + ")";
    }
    return out;
}

wxString aspect_details(const Aspect& a, int judgement_scale) {
    wxString out = u8(a.id) + "  " + u8(a.name);
    if (!a.name_en.empty()) out += " / " + u8(a.name_en);
    out += "\n";
    if (!a.description.empty()) out += u8(a.description) + "\n";
    out += aspect_type_label(a.type);
    if (!a.is_deduction()) out += sep() + wxString::Format(_("maximum %s"), num(a.max));
    out += sep() + aspect_rule(a) + "\n";
    if (const wxString band = aspect_band(a); !band.empty())
        out += wxString::Format(_("Accepted band: %s"), band) + "\n";
    if (a.value_min && a.value_max)
        out += wxString::Format(_("Values accepted from %s to %s"),
                                with_unit(num(*a.value_min), a.unit),
                                with_unit(num(*a.value_max), a.unit)) +
               "\n";
    if (a.max_count) out += wxString::Format(_("At most %d occurrences"), *a.max_count) + "\n";
    if (a.type == AspectType::Judgement) {
        out += wxString::Format(_("Levels 0 to %d, in steps of %s:"), judgement_scale,
                                num(a.step.value_or(*Decimal::parse("0.5")))) +
               "\n";
        for (const std::string& d : a.descriptors) out += "  " + u8(d) + "\n";
    }
    for (const ChoiceOption& o : a.options)
        out += "  " + u8(o.label) + wxT("  −") + num(o.deduction) + "\n";
    out.Trim();
    return out;
}

wxString event_rules(const Event& e) {
    wxString out = wxString::Format(_("Practical maximum %s"), num(e.scheme.max_total()));
    if (e.needs_theory())
        out += sep() + wxString::Format(_("theory %s, practical %s"), percent(e.theory_weight),
                                        percent(e.practical_weight));
    if (e.time_limit_minutes)
        out += sep() + wxString::Format(_("time limit %d min"), *e.time_limit_minutes);
    out += "\n";
    switch (e.aggregation) {
        case Aggregation::Mean: out += _("Judgements: mean of the judges"); break;
        case Aggregation::Median: out += _("Judgements: median of the judges"); break;
        case Aggregation::Trimmed:
            out += wxString::Format(
                _("Judgements: mean without the %d highest and lowest (from %d judges)"), e.trim,
                e.trim_min_judges);
            break;
    }
    out += sep() + wxString::Format(_("at least %d judges"), e.min_judges);
    if (e.spread_limit)
        out += sep() + wxString::Format(_("spread flagged above %s"), num(*e.spread_limit));
    return out;
}

}  // namespace plumb::ui
