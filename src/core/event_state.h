// Where an event's results stand: open, locked (final except through appeals) or revealed
// (names shown), which revision, who its chief judge is, and whether marks need two entries.
#pragma once

#include <string>
#include <utility>

namespace plumb {

struct EventState {
    EventState() = default;
    explicit EventState(std::string code) : event(std::move(code)) {}

    std::string event;
    bool locked = false;
    bool revealed = false;     // implies locked
    int revision = 1;          // bumped by each upheld appeal after lock
    std::string chief_judge;   // judge code; "" while none is named
    bool double_entry = false; // marks typed on this database need two agreeing operators

    // "open", "locked" or "revealed".
    const char* label() const { return revealed ? "revealed" : locked ? "locked" : "open"; }
    // 草稿 before lock, then 已锁定 / 已公布.
    const char* label_zh() const { return revealed ? "已公布" : locked ? "已锁定" : "草稿"; }
};

}  // namespace plumb
