// The `draw` subcommand: pictures as SVG files (draw.h) — an actor's ego
// network laid out by Graphviz, the statements between two actors over
// time, and statement counts per period.

#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "absl/strings/str_cat.h"
#include "cli.h"
#include "diplograph/draw.h"

namespace diplograph::cli {
namespace {

struct DrawFlags {
  GraphFlags graph;
  FilterFlags filter;  // activity
  std::string out;
  std::string during;
  // ego
  std::string center;
  int hops = 1;
  size_t max_actors = 40;
  std::string layout = "neato";
  // timeline
  std::string a, b;
  std::string affiliates = "none";
  // activity
  std::string by = "month";
  std::string group = "quad";
  size_t max_groups = 8;
};

// Loads the graph, draws with `draw`, and saves the SVG to --out.
template <typename Draw>
int DrawTo(const DrawFlags& flags, Draw draw) {
  if (absl::Status s = CheckOutputPath(flags.out); !s.ok()) return Fail(s);
  Interval during;
  if (!flags.during.empty()) {
    absl::StatusOr<Interval> d = ParseIntervalFlag("--during", flags.during);
    if (!d.ok()) return Fail(d.status());
    during = *d;
  }
  absl::StatusOr<std::unique_ptr<Session>> session = Session::Open(flags.graph);
  if (!session.ok()) return Fail(session.status());
  absl::StatusOr<std::string> svg = draw(**session, during);
  if (!svg.ok()) return Fail(svg.status());
  if (absl::Status s = SaveSvgFile(*svg, flags.out); !s.ok()) return Fail(s);
  if (!flags.graph.quiet) {
    std::cerr << "wrote " << Escape(flags.out) << " (" << svg->size()
              << " bytes)\n";
  }
  return kExitOk;
}

int RunEgoPicture(const DrawFlags& flags) {
  return DrawTo(
      flags,
      [&](Session& s, const Interval& during) -> absl::StatusOr<std::string> {
        absl::StatusOr<ActorId> center = s.Resolve(flags.center);
        if (!center.ok()) return center.status();
        return DrawEgoNetwork(s.graph(), *center,
                              {.hops = flags.hops,
                               .during = during,
                               .max_actors = flags.max_actors,
                               .layout = flags.layout});
      });
}

int RunTimelinePicture(const DrawFlags& flags) {
  return DrawTo(
      flags,
      [&](Session& s, const Interval& during) -> absl::StatusOr<std::string> {
        absl::StatusOr<ActorId> a = s.Resolve(flags.a);
        if (!a.ok()) return a.status();
        absl::StatusOr<ActorId> b = s.Resolve(flags.b);
        if (!b.ok()) return b.status();
        AffiliateSides sides = AffiliateSides::kNone;
        if (flags.affiliates == "both") sides = AffiliateSides::kBoth;
        if (flags.affiliates == "speaker") sides = AffiliateSides::kSpeaker;
        if (flags.affiliates == "target") sides = AffiliateSides::kTarget;
        return DrawPairTimeline(s.graph(), *a, *b,
                                {.during = during, .affiliates = sides});
      });
}

int RunActivityPicture(const DrawFlags& flags) {
  // The window comes with the filters (AddFilterFlags' --during).
  return DrawTo(
      flags, [&](Session& s, const Interval&) -> absl::StatusOr<std::string> {
        ActivityPictureOptions options;
        options.period = flags.by == "day"    ? Period::kDay
                         : flags.by == "week" ? Period::kWeek
                         : flags.by == "year" ? Period::kYear
                                              : Period::kMonth;
        options.group_by = flags.group == "none"       ? GroupBy::kNone
                           : flags.group == "code"     ? GroupBy::kEventCode
                           : flags.group == "root"     ? GroupBy::kEventRoot
                           : flags.group == "polarity" ? GroupBy::kPolarity
                           : flags.group == "speaker"  ? GroupBy::kSpeaker
                           : flags.group == "target"   ? GroupBy::kTarget
                                                       : GroupBy::kQuadClass;
        options.max_groups = flags.max_groups;
        StatementQuery query(s.graph());
        if (absl::Status st = ApplyFilters(s, flags.filter, query); !st.ok()) {
          return st;
        }
        options.query = query;
        return DrawActivity(s.graph(), options);
      });
}

void AddCommon(CLI::App& c, DrawFlags& f) {
  AddGraphFlags(c, f.graph, /*with_format=*/false);
  c.add_option("--out,-o", f.out, "the SVG file to write")->required();
}

}  // namespace

void AddDrawCommands(CLI::App& app, std::vector<Command>& commands) {
  CLI::App* draw = app.add_subcommand(
      "draw", "pictures as SVG: ego networks, pair timelines, activity");
  draw->require_subcommand(1, 1);
  draw->footer(
      "Examples:\n"
      "  diplograph draw ego -g icews.json China --hops 2 --out ego.svg\n"
      "  diplograph draw timeline -g icews.json China Japan --out t.svg\n"
      "  diplograph draw activity -g icews.json --by month --group quad "
      "--out a.svg");
  {
    auto f = std::make_shared<DrawFlags>();
    CLI::App* c = draw->add_subcommand(
        "ego", "an actor's ego network laid out by Graphviz");
    AddCommon(*c, *f);
    c->add_option("center", f->center, "the actor at the center")->required();
    c->add_option("--hops", f->hops, "radius")
        ->check(CLI::Range(1, 10))
        ->capture_default_str();
    c->add_option("--during", f->during, "a date window, e.g. 2014-01/2014-06");
    c->add_option("--max-actors", f->max_actors,
                  "keep the center and the most connected actors")
        ->check(CLI::Range(2, 2000))
        ->capture_default_str();
    c->add_option("--layout", f->layout, "the Graphviz layout engine")
        ->check(
            CLI::IsMember({"neato", "sfdp", "fdp", "circo", "twopi", "dot"}))
        ->capture_default_str();
    commands.push_back({c, [f] { return RunEgoPicture(*f); }});
  }
  {
    auto f = std::make_shared<DrawFlags>();
    CLI::App* c = draw->add_subcommand(
        "timeline", "statements between two actors over time, by quad class");
    AddCommon(*c, *f);
    c->add_option("a", f->a, "one actor")->required();
    c->add_option("b", f->b, "the other actor")->required();
    c->add_option("--during", f->during, "a date window");
    c->add_option("--affiliates", f->affiliates,
                  "whose affiliates speak for them")
        ->check(CLI::IsMember({"none", "speaker", "target", "both"}))
        ->capture_default_str();
    commands.push_back({c, [f] { return RunTimelinePicture(*f); }});
  }
  {
    auto f = std::make_shared<DrawFlags>();
    CLI::App* c = draw->add_subcommand(
        "activity", "statement counts per period as stacked bars");
    AddCommon(*c, *f);
    // --by is the period here, as in `aggregate`; the speaker filter is
    // --speaker.
    AddFilterFlags(*c, f->filter, "--speaker");
    c->add_option("--by", f->by, "the period of a bar")
        ->check(CLI::IsMember({"day", "week", "month", "year"}))
        ->capture_default_str();
    c->add_option("--group", f->group, "what the bars are stacked by")
        ->check(CLI::IsMember(
            {"none", "code", "root", "quad", "polarity", "speaker", "target"}))
        ->capture_default_str();
    c->add_option("--max-groups", f->max_groups,
                  "groups with colours of their own (the rest: other)")
        ->check(CLI::Range(1, 9))
        ->capture_default_str();
    commands.push_back({c, [f] { return RunActivityPicture(*f); }});
  }
}

}  // namespace diplograph::cli
