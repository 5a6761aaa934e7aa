// Package widget is the embeddable list of incidents for newsroom pages:
// the compact page meant for an iframe (/embed/incidents), the script a
// host page pastes to insert that iframe and resize it to its content
// (postMessage), and the oEmbed answer that lets a CMS embed an incident
// or a search from its URL.
//
// An embed sets no cookie and makes no request beyond Vigie's own origin;
// who may frame it is a Content-Security-Policy frame-ancestors list.
// Searching is not done here: the server passes the incidents in.
package widget
