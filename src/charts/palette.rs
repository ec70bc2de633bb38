//! Colours: a colour-blind-safe accent (Okabe–Ito blue) and a sequential blue scale with text colours that
//! keep at least 4.5:1 contrast on every step.

use plotters::style::RGBColor;

/// Bars: Okabe–Ito blue, 4.9:1 against white.
pub const BAR: RGBColor = RGBColor(0, 114, 178);
/// The second series: Okabe–Ito vermillion, 3.9:1 against white and distinct from blue for colour-blind
/// viewers.
pub const SECOND: RGBColor = RGBColor(213, 94, 0);
/// Categories (unit types in the network): Okabe–Ito colours with at least 3:1 against white.
pub const CATEGORICAL: [RGBColor; 5] = [
    BAR,
    SECOND,
    RGBColor(0, 133, 96),
    RGBColor(184, 84, 146),
    RGBColor(26, 26, 26),
];
/// Edges of the network.
pub const EDGE: RGBColor = RGBColor(150, 150, 150);

/// Text on mid-tone fills: pure black keeps at least 4.58:1 wherever white falls short.
pub const BLACK: RGBColor = RGBColor(0, 0, 0);
/// Text on the page background.
pub const INK: RGBColor = RGBColor(26, 26, 26);
/// Secondary text, 7:1 against white.
pub const INK_MUTED: RGBColor = RGBColor(72, 72, 72);
pub const BACKGROUND: RGBColor = RGBColor(255, 255, 255);
/// Axis and cell borders.
pub const RULE: RGBColor = RGBColor(110, 110, 110);
/// Suppressed cells and bars.
pub const SUPPRESSED_FILL: RGBColor = RGBColor(242, 242, 242);
pub const SUPPRESSED_HATCH: RGBColor = RGBColor(120, 120, 120);

const LIGHT: (f64, f64, f64) = (239.0, 246.0, 252.0);
const DARK: (f64, f64, f64) = (8.0, 48.0, 107.0);

/// The sequential scale at `share` (0–1).
pub fn sequential(share: f64) -> RGBColor {
    let t = share.clamp(0.0, 1.0);
    let mix = |light: f64, dark: f64| (light + (dark - light) * t).round() as u8;
    RGBColor(mix(LIGHT.0, DARK.0), mix(LIGHT.1, DARK.1), mix(LIGHT.2, DARK.2))
}

/// Text colour with the better contrast on `fill`.
pub fn text_on(fill: RGBColor) -> RGBColor {
    let contrast_with_ink = contrast(fill, BLACK);
    let contrast_with_white = contrast(fill, BACKGROUND);
    if contrast_with_ink >= contrast_with_white {
        BLACK
    } else {
        BACKGROUND
    }
}

fn luminance(color: RGBColor) -> f64 {
    let channel = |value: u8| {
        let v = f64::from(value) / 255.0;
        if v <= 0.039_28 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(color.0) + 0.7152 * channel(color.1) + 0.0722 * channel(color.2)
}

/// WCAG contrast ratio between two colours.
pub fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_have_at_least_three_to_one_against_the_background() {
        for color in CATEGORICAL.iter().chain([&SECOND, &RULE, &SUPPRESSED_HATCH]) {
            assert!(
                contrast(*color, BACKGROUND) >= 3.0,
                "{color:?}: {}",
                contrast(*color, BACKGROUND)
            );
        }
    }

    #[test]
    fn the_funnels_stages_stand_apart() {
        let (known, told) = (RGBColor(70, 140, 200), RGBColor(8, 48, 107));
        assert!(contrast(known, BACKGROUND) >= 3.0);
        assert!(contrast(told, known) >= 3.0);
    }

    #[test]
    fn text_on_every_step_of_the_scale_is_legible() {
        for step in 0..=20 {
            let fill = sequential(f64::from(step) / 20.0);
            assert!(contrast(fill, text_on(fill)) >= 4.5, "step {step}");
        }
    }
}
