#pragma once

// Shared by the grid's interaction (agendagrid.cpp) and its painting (agendagridpaint.cpp).
namespace guichet {

inline constexpr int kHeader = 38; // column titles
inline constexpr int kGutter = 48; // the hours on the left

} // namespace guichet
