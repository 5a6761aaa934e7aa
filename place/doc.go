// Package place is Vigie's gazetteer: it turns the place names news
// articles write into French communes (INSEE code, département, région,
// coordinates), intercommunalities (EPCIs and EPTs, with a seat),
// départements and régions, and into the municipalities and first-level
// regions of the neighbouring and nearby countries (Switzerland, Belgium,
// Germany, Italy, Spain, Luxembourg, the United Kingdom, the Netherlands,
// Austria, Portugal, Ireland, Monaco, Andorra, Poland, Sweden; for Poland
// only places of 5,000 inhabitants or more, for Sweden of 2,000 or more).
// Those regions are GeoNames' first-level divisions, named officially in
// their own language: cantons, Länder, regioni, comunidades autónomas,
// provincies (Fryslân, Noord-Holland), Bundesländer (Steiermark, Wien),
// Portuguese districts and autonomous regions (Porto, Região Autónoma da
// Madeira), Andorran parishes, Polish voivodeships (Pomorskie,
// Mazowieckie), Swedish län (Stockholms län, Skåne län); for Ireland the
// four provinces (Munster, Leinster…), not the counties, and Monaco is its
// one region. Belgium's are its three regions, not its provinces:
// "Limburg" is the Dutch province.
//
// Default loads the embedded data once (data/, built by `go generate
// ./place` from @etalab/decoupage-administratif and GeoNames cities500;
// see data/SOURCES.md). Names are matched folded: case, accents, hyphens,
// apostrophes, St/Saint and a leading article do not count, and EPCI
// names match with or without their type ("CC de Haute-Tarentaise",
// "Communauté de communes de Haute Tarentaise"). Communes lists homonyms,
// Resolve picks one using what the article says (Context), and Find spots
// the départements, regions and countries a text names, which is most of
// that context.
//
// Authorities, AuthorityOf and Authority give the local authorities
// themselves with their official codes ("insee:73054", "gss:E06000001",
// "ags:09162", "istat:058091"…): French communes, EPCIs, départements and
// régions; UK councils; German Gemeinden, Ämter, Kreise and Länder;
// Italian comuni, province and regioni; Spanish municipios, provincias and
// comunidades; Belgian communes, provinces and régions; Dutch gemeenten;
// Austrian Gemeinden and Länder (data/SOURCES.md lists the registries).
// They are found by official name, alias or press form ("Landkreis X",
// "X Borough Council", "Comune di X"), and the authorities outside France
// are read on first use.
//
// It is not a geocoder: it knows no streets, postcodes, lieux-dits or
// buildings, and it does not read articles. Finding the names to look up
// ("mairie de …") is the caller's job; Find does not look for communes,
// too many of which are also words or surnames. Positions are those of
// GeoNames, and for communes GeoNames lacks (most under 500 inhabitants)
// an estimate from their neighbours, flagged Approximate. EPCI seats are
// inferred (the member named in the EPCI's name, else the most populous):
// the data has none. The data is of one year (the package versions in
// data/SOURCES.md): communes merged since are not known, and names
// retired before are known only when INSEE keeps them as delegated or
// associated communes.
package place
