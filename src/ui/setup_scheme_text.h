// How the set-up pages describe an event's rules and a marking scheme's aspects in words: the
// type, the accepted band, how marks are lost, the levels of a judgement.
#pragma once

#include <wx/string.h>

#include "core/competition.h"
#include "core/scheme.h"

namespace plumb::ui {

wxString aspect_type_label(AspectType type);
// The accepted band of a measured aspect ("1490 ± 3 mm", "80 – 100 %"); empty for others.
wxString aspect_band(const Aspect& aspect);
// How marks come off: per step beyond the band, per point outside, per occurrence, ...
wxString aspect_rule(const Aspect& aspect);
// Levels of a judgement aspect or the labels of a choice, joined on one line.
wxString aspect_levels(const Aspect& aspect);
// Everything about an aspect, one fact a line, for the detail box.
wxString aspect_details(const Aspect& aspect, int judgement_scale);
// The event's rules in two lines: maximum, weights, time limit; then how judgements combine.
wxString event_rules(const Event& event);

}  // namespace plumb::ui
