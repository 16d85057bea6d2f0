// A cell's full history for the chief judge: every entry made for one contestant's aspect, and
// what the records store (reasons, values, who acted) as the reader says it.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "services/competition_session.h"

namespace plumb {

// Every entry for the contestant's aspect, all judges, in log order (corrections included).
std::vector<MarkEntry> mark_history(const CompetitionSession& session,
                                    const std::string& registration_no, const std::string& aspect);

// A stored reason as the reader says it: the reasons Plumbline itself writes ("conflict settled:
// ...", "appeal 3f2a9c01 upheld: ...", "entered twice, agreed (was 2): ...") in their language;
// what a person typed after them as typed.
std::string said_reason(const std::string& stored);

// A stored mark value as the reader says it: "pass" and "fail" in their language (合格 /
// 不合格), any other value as stored.
std::string said_value(const std::string& stored);
// Judges' values as an appeal stores them ("J01=fail; J02=pass"), each value said_value'd.
std::string said_values(const std::string& stored);
// The same values one by one: {"J01", "fail"}, {"J02", "pass"}; a part without "=" has no judge.
std::vector<std::pair<std::string, std::string>> stored_values(const std::string& stored);

// Who acted as the reader says it: the actors Plumbline itself records ("organiser", "chief
// judge" without roles, "plumbline" for the program, "demo" for the demo's made-up marks,
// "cli:USER" for the command line) in their language; a judge's code as recorded. Records keep
// the stored name: they are hashed.
std::string said_actor(const std::string& stored);

// Whether history[i] is its judge's current value (no later entry from the same judge).
bool is_current(const std::vector<MarkEntry>& history, std::size_t i);

}  // namespace plumb
