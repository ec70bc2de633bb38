//! The presentation deck: slides of a chart with its filters and a takeaway line. Plain data, stored in
//! localStorage (it holds filter values and the user's own words, never rows).

use serde::{Deserialize, Serialize};

use crate::core::{Field, Filter, Role};
use crate::state::View;

/// A slide's takeaway line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Takeaway {
    /// Written by the user.
    Text(String),
    /// One of the demo deck's lines, shown in the UI language.
    Demo(u8),
}

/// One slide: which chart, in which view, with which filters, and what to take away from it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slide {
    pub view: View,
    pub chart_id: String,
    pub filters: Vec<Filter>,
    pub takeaway: Takeaway,
}

/// The demo's story for a dialogue meeting: who we work with; how we organise it; what gets in the way;
/// what both sides want; where the gap is largest.
pub fn demo_deck() -> Vec<Slide> {
    let slide = |view, chart_id: &str, filters: Vec<Filter>, n| Slide {
        view,
        chart_id: chart_id.to_owned(),
        filters,
        takeaway: Takeaway::Demo(n),
    };
    vec![
        slide(View::Collaboration, "partner-types", Vec::new(), 0),
        slide(View::Collaboration, "follow-up-fte", Vec::new(), 1),
        slide(View::Collaboration, "challenges", Vec::new(), 2),
        slide(View::Collaboration, "staff-vs-organisations", Vec::new(), 3),
        slide(View::Gap, "gap-ranking", Vec::new(), 4),
        slide(
            View::Gap,
            "gap-funnel",
            vec![Filter {
                field: Field::Role(Role::OfferCategory),
                value: "Besøksvenn".to_owned(),
            }],
            5,
        ),
    ]
}

/// Moves slide `idx` one step (`-1` up, `1` down), if it can.
pub fn move_slide(deck: &mut [Slide], idx: usize, step: isize) {
    let target = idx as isize + step;
    if idx < deck.len() && target >= 0 && (target as usize) < deck.len() {
        deck.swap(idx, target as usize);
    }
}

/// What the presenter and a speaker view in another window say to each other (over a BroadcastChannel,
/// so within this browser only): which slide is shown, or that presenting ended; a step the speaker view
/// asks for; a speaker view that just opened asking where the presentation is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PresenterMessage {
    Slide(usize),
    Ended,
    Go(isize),
    Hello,
}

impl PresenterMessage {
    pub fn to_text(self) -> String {
        match self {
            PresenterMessage::Slide(idx) => format!("slide:{idx}"),
            PresenterMessage::Ended => "ended".to_owned(),
            PresenterMessage::Go(step) => format!("go:{step}"),
            PresenterMessage::Hello => "hello".to_owned(),
        }
    }

    /// Reads a message; anything else on the channel (another version of the app) is ignored.
    pub fn parse(text: &str) -> Option<PresenterMessage> {
        match text.split_once(':') {
            Some(("slide", idx)) => idx.parse().ok().map(PresenterMessage::Slide),
            Some(("go", step)) => step.parse().ok().map(PresenterMessage::Go),
            None if text == "ended" => Some(PresenterMessage::Ended),
            None if text == "hello" => Some(PresenterMessage::Hello),
            _ => None,
        }
    }

    /// What the presenter says when showing slide `current` (or none).
    pub fn showing(current: Option<usize>) -> PresenterMessage {
        current.map_or(PresenterMessage::Ended, PresenterMessage::Slide)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presenter_messages_read_back_and_strangers_are_ignored() {
        for message in [
            PresenterMessage::Slide(0),
            PresenterMessage::Slide(12),
            PresenterMessage::Ended,
            PresenterMessage::Go(-1),
            PresenterMessage::Go(1),
            PresenterMessage::Hello,
        ] {
            assert_eq!(PresenterMessage::parse(&message.to_text()), Some(message));
        }
        for text in ["", "slide:", "slide:-1", "go:x", "<b>", "slide:1:2"] {
            assert_eq!(PresenterMessage::parse(text), None, "{text}");
        }
        assert_eq!(PresenterMessage::showing(None), PresenterMessage::Ended);
    }

    #[test]
    fn the_demo_deck_tells_the_story_in_at_least_five_slides() {
        let deck = demo_deck();
        assert!(deck.len() >= 5);
        let json = serde_json::to_string(&deck).unwrap();
        assert_eq!(serde_json::from_str::<Vec<Slide>>(&json).unwrap(), deck);
    }

    #[test]
    fn slides_move_within_the_deck() {
        let mut deck = demo_deck();
        let first = deck[0].clone();
        move_slide(&mut deck, 0, 1);
        assert_eq!(deck[1], first);
        move_slide(&mut deck, 1, -1);
        assert_eq!(deck[0], first);
        move_slide(&mut deck, 0, -1);
        assert_eq!(deck[0], first, "the first slide cannot move up");
    }
}
