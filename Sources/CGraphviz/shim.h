#ifndef KG_CGRAPHVIZ_SHIM_H
#define KG_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// Swift 6 cannot read C globals (they are mutable shared state), so each one
// we need is handed over through an inline accessor.
static inline Agdesc_t CGraphviz_Agdirected(void) { return Agdirected; }
static inline Agdesc_t CGraphviz_Agstrictdirected(void) { return Agstrictdirected; }
static inline Agdesc_t CGraphviz_Agundirected(void) { return Agundirected; }

#endif
