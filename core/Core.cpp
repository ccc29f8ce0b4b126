// fazhi_core is the stack of core libraries (core/CMakeLists.txt) plus the compiled translations,
// which Qt's resource system needs a target of its own for; this file gives it one object.
namespace fazhi {
int coreLibraryAnchor = 0;
}
