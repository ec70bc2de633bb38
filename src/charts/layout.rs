//! Text layout without font files: a conservative width estimate and word wrapping with an ellipsis.

/// Average advance of a character in Inter (the UI font) in em, generous so that labels never overflow.
pub const CHAR_EM: f64 = 0.57;
/// The same for bold text.
pub const BOLD_CHAR_EM: f64 = 0.6;

/// Estimated width of `text` in pixels at `font_px`.
pub fn text_width(text: &str, font_px: f64) -> f64 {
    text.chars().count() as f64 * font_px * CHAR_EM
}

/// Wraps `text` into at most `max_lines` lines of at most `max_chars` characters. Lines break at spaces and
/// after `/`; a word longer than a line is split with a hyphen; text that does not fit ends in `…`.
pub fn wrap(text: &str, max_chars: usize, max_lines: usize) -> Vec<String> {
    let max_chars = max_chars.max(4);
    // Tokens with whether a space goes before them when they share a line with the previous one.
    let mut tokens: Vec<(String, bool)> = Vec::new();
    for word in text.split_whitespace() {
        let mut first = true;
        for part in word.split_inclusive('/') {
            tokens.push((part.to_owned(), first));
            first = false;
        }
    }
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut token_idx = 0;
    while token_idx < tokens.len() && lines.len() < max_lines {
        let (token, spaced) = &tokens[token_idx];
        let n_token = token.chars().count();
        let n_current = current.chars().count();
        let n_joined = if current.is_empty() {
            n_token
        } else {
            n_current + usize::from(*spaced) + n_token
        };
        if n_joined <= max_chars {
            if !current.is_empty() && *spaced {
                current.push(' ');
            }
            current.push_str(token);
            token_idx += 1;
        } else if n_token > max_chars
            && (current.is_empty() || max_chars.saturating_sub(n_current + usize::from(*spaced)) >= 4)
        {
            // A word longer than a line: hyphenate it where the line ends; cut it on the last line.
            let available = if current.is_empty() {
                max_chars
            } else {
                max_chars - n_current - usize::from(*spaced)
            };
            // A tail of one or two letters would be cut to `…`: split earlier where another line follows.
            let mut split = available - 1;
            if n_token - split < 3 && lines.len() + 1 < max_lines && n_token >= 7 {
                split = n_token - 3;
            }
            let head: String = token.chars().take(split).collect();
            let tail: String = token.chars().skip(split).collect();
            if !current.is_empty() && *spaced {
                current.push(' ');
            }
            current.push_str(&head);
            if tail.chars().count() < 3 || lines.len() + 1 == max_lines {
                current.push('…');
                token_idx += 1;
            } else {
                current.push('-');
                tokens[token_idx] = (tail, false);
            }
            lines.push(std::mem::take(&mut current));
        } else {
            lines.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if token_idx < tokens.len() {
        if let Some(last) = lines.last_mut() {
            if !last.ends_with('…') {
                let kept: String = last.chars().take(max_chars - 1).collect();
                *last = kept.trim_end_matches([' ', '-', '/']).to_owned() + "…";
            }
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_one_line() {
        assert_eq!(wrap("Barnehager", 20, 2), ["Barnehager"]);
    }

    #[test]
    fn long_text_wraps_at_words() {
        assert_eq!(
            wrap("Den norske kirke/menigheter", 18, 2),
            ["Den norske kirke/", "menigheter"]
        );
    }

    #[test]
    fn text_beyond_the_lines_ends_in_an_ellipsis() {
        assert_eq!(
            wrap("Tilrettelegger for møteplasser for frivillige og ansatte", 16, 2),
            ["Tilrettelegger", "for møteplasser…"]
        );
    }

    #[test]
    fn the_last_word_that_does_not_fit_is_not_lost_silently() {
        assert_eq!(wrap("aaa bbb ccc", 4, 2), ["aaa", "bbb…"]);
    }

    #[test]
    fn a_word_longer_than_a_line_is_hyphenated_and_cut_on_the_last_line() {
        assert_eq!(wrap("Frivillighetssentralene", 10, 2), ["Frivillig-", "hetssentr…"]);
        assert_eq!(wrap("Frivillighetssentralene", 10, 1), ["Frivillig…"]);
        // One letter too long for the line: hyphenated, not cut.
        assert_eq!(wrap("Frivillighetssentraler", 21, 2), ["Frivillighetssentra-", "ler"]);
        assert_eq!(
            wrap("Omsorgsbolig med heldøgnsbemanning", 12, 3),
            ["Omsorgsbolig", "med heldøgn-", "sbemanning"]
        );
    }

    #[test]
    fn lines_break_after_a_slash() {
        assert_eq!(
            wrap("Dagsenter/aktivitetssenter", 17, 3),
            ["Dagsenter/", "aktivitetssenter"]
        );
        assert_eq!(wrap("Kor/korps", 17, 3), ["Kor/korps"]);
    }
}
