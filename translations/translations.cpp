// This library only carries the compiled translations (:/i18n/*.qm) as resources.
namespace Patron {
int translationsLibraryAnchor = 0;
}
