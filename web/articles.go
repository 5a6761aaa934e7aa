package web

import (
	"net/http"
	"strconv"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/server"
)

// articleView is the article page's data.
type articleView struct {
	*vigie.Article
	Reported []*vigie.Incident
}

// ArticleSearch renders the article search: GET /articles.
func (p *Pages) ArticleSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	q.Del("hl")
	v := searchView{Q: q, Page: 1}
	status := http.StatusOK
	for k, vs := range q {
		if len(vs) == 1 && vs[0] == "" {
			q.Del(k)
		}
	}
	f, err := server.ParseArticleQuery(q, p.location())
	var list vigie.ArticleList
	if err == nil {
		list, err = p.Articles.FindArticles(r.Context(), f)
	}
	if err != nil {
		v.Error, status = vigie.ErrorMessage(err), statusOf(err)
	} else {
		v.Total, v.Page, v.Items, v.Fuzzy = list.Total, list.Page, list.Articles, list.Fuzzy
		paging(&v, r.URL, list.Total, list.Page, list.Size)
		v.Facets = facetViews(r.URL, list.Facets, []string{"lang", "site"})
		v.Downloads = downloads(r.URL.Query(), "/api/articles", []string{"csv", "jsonl", "json"})
	}
	p.render(w, r, status, "articles", translate(pageLang(r), "search.articles"), v)
}

// ArticlePage renders one article: GET /articles/{id}.
func (p *Pages) ArticlePage(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		p.fail(w, r, vigie.Errorf(vigie.EINVALID, "article id %q is not a positive integer", r.PathValue("id")))
		return
	}
	a, err := p.Articles.FindArticle(r.Context(), id)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	v := articleView{Article: a}
	for _, iid := range a.Incidents {
		if in, err := p.Incidents.FindIncident(r.Context(), iid); err == nil {
			v.Reported = append(v.Reported, in)
		}
	}
	p.render(w, r, http.StatusOK, "article", a.Title, v)
}
