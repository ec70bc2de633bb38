//! The filter bar: district and service type are always at hand; active filters show as removable chips;
//! a status line says when the selection is too small to show numbers.

use leptos::prelude::*;

use crate::core::roles::column_for;
use crate::core::{Field, Role};
use crate::i18n::{self, Key};
use crate::report::{filter_label, hidden_note, Input};
use crate::state::use_app_state;

/// Filters for every chart of the current view.
#[component]
pub fn FilterBar() -> impl IntoView {
    let state = use_app_state();
    let bar: NodeRef<leptos::html::Section> = NodeRef::new();
    // After a chip is removed the keyboard focus stays in the bar: on the chip that took its place, the
    // last one, or the bar's heading when no filter is left.
    let refocus = move |position: usize| {
        crate::state::browser::next_frame(Box::new(move || {
            let Some(bar) = bar.get_untracked() else {
                return;
            };
            let chip = |selector: String| bar.query_selector(&selector).ok().flatten();
            let target = chip(format!(".filter-chips li:nth-child({}) button", position + 1))
                .or_else(|| chip(".filter-chips li:last-child button".to_owned()))
                .or_else(|| chip(".filter-bar-heading".to_owned()));
            if let Some(target) = target.and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
            {
                let _ = target.focus();
            }
        }));
    };
    // The choices of a field, from the staff survey (or any dataset that has it).
    let choices = move |role: Role| -> Vec<String> {
        state.datasets.with(|datasets| {
            let input = Input::new(
                datasets,
                &[],
                state.lang.get_untracked(),
                state.min_cell.get_untracked(),
            );
            input
                .staff()
                .into_iter()
                .chain(input.datasets.iter().copied())
                .find_map(|dataset| column_for(dataset, role).map(|column| column.data.options().to_vec()))
                .unwrap_or_default()
        })
    };
    let status = Memo::new(move |_| {
        let (lang, min_cell) = (state.lang.get(), state.min_cell.get());
        let filters = state.filters.get();
        state.datasets.with(|datasets| {
            let input = Input::new(datasets, &filters, lang, min_cell);
            let staff = input.staff()?;
            let selection = input.select(staff);
            selection.hidden.map(|_| hidden_note(&input, &selection))
        })
    });
    let select_for = move |role: Role, label: Key| {
        let field = Field::Role(role);
        let id = format!("filter-{}", role.id());
        let options = choices(role);
        (!options.is_empty()).then(|| {
            let current = move || {
                state
                    .filters
                    .get()
                    .into_iter()
                    .find(|filter| filter.field == field)
                    .map(|filter| filter.value)
                    .unwrap_or_default()
            };
            view! {
                <div class="ds-field filter-field">
                    <label class="ds-label" for=id.clone()>
                        {move || state.t(label)}
                    </label>
                    <select
                        id=id
                        class="ds-input"
                        data-testid=format!("filter-{}", role.id())
                        prop:value=current
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            state.set_field(field, (!value.is_empty()).then_some(value));
                        }
                    >
                        <option value="">{move || state.t(Key::FilterAll)}</option>
                        {options
                            .into_iter()
                            .map(|option| {
                                view! { <option value=option.clone()>{option.clone()}</option> }
                            })
                            .collect_view()}
                    </select>
                </div>
            }
        })
    };
    view! {
        <section class="filter-bar" aria-labelledby="filter-bar-heading" node_ref=bar>
            <h2 id="filter-bar-heading" class="filter-bar-heading" tabindex="-1">
                {move || state.t(Key::FiltersHeading)}
            </h2>
            <div class="filter-bar-controls">
                {move || {
                    state.datasets.track();
                    view! {
                        {select_for(Role::District, Key::FieldDistrict)}
                        {select_for(Role::UnitType, Key::FieldUnitType)}
                    }
                }}
                <div class="filter-chips-area">
                    {move || {
                        let lang = state.lang.get();
                        let filters = state.filters.get();
                        if filters.is_empty() {
                            return view! {
                                <p class="filter-none">{i18n::t(lang, Key::NoFilters)}</p>
                            }
                                .into_any();
                        }
                        view! {
                            <ul class="filter-chips">
                                {filters
                                    .into_iter()
                                    .enumerate()
                                    .map(|(position, filter)| {
                                        let label = filter_label(lang, &filter);
                                        let remove = format!(
                                            "{}: {label}",
                                            i18n::t(lang, Key::RemoveFilter),
                                        );
                                        let to_remove = filter.clone();
                                        view! {
                                            <li>
                                                <button
                                                    type="button"
                                                    class="ds-chip"
                                                    data-removable="true"
                                                    data-testid="filter-chip"
                                                    data-field=filter.field.id()
                                                    data-value=filter.value.clone()
                                                    aria-label=remove
                                                    on:click=move |_| {
                                                        state.filters.update(|f| f.retain(|x| *x != to_remove));
                                                        refocus(position);
                                                    }
                                                >
                                                    {label}
                                                </button>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                            <button
                                type="button"
                                class="ds-button"
                                data-variant="tertiary"
                                data-size="sm"
                                data-testid="clear-filters"
                                on:click=move |_| {
                                    state.filters.set(Vec::new());
                                    refocus(0);
                                }
                            >
                                {i18n::t(lang, Key::ClearFilters)}
                            </button>
                        }
                            .into_any()
                    }}
                </div>
            </div>
            <p class="filter-status" data-testid="filter-status" role="status" aria-live="polite">
                {move || status.get().unwrap_or_default()}
            </p>
        </section>
    }
}
