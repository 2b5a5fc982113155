import { adapters, presets, regions } from '@tactful/core'

/** The presets a writer can pick, in the order tactful lists them; `recommended` starts checked. */
export function renderPresetOptions(container: HTMLElement, checked: readonly string[]): void {
  const boxes = [...presets.values()].map((preset) => {
    const id = `preset-${preset.id}`
    const label = document.createElement('label')
    label.className = 'check'
    label.htmlFor = id
    label.title = preset.description ?? ''
    const box = document.createElement('input')
    box.type = 'checkbox'
    box.id = id
    box.name = 'preset'
    box.value = preset.id
    box.checked = checked.includes(preset.id)
    label.append(box, ` ${preset.id}`)
    return label
  })
  container.replaceChildren(...boxes)
}

export function checkedPresets(container: HTMLElement): string[] {
  return [...container.querySelectorAll<HTMLInputElement>('input[name=preset]:checked')].map((box) => box.value)
}

/** "Unknown" first (a template may reach anyone), then every region tactful knows, by name. */
export function renderRegionOptions(select: HTMLSelectElement): void {
  const unknown = new Option('Unknown (any region)', '')
  const known = Object.entries(regions)
    .sort(([, a], [, b]) => a.name.localeCompare(b.name, 'en'))
    .map(([code, info]) => new Option(`${info.name} (${code})`, code))
  select.replaceChildren(unknown, ...known)
}

/** "Auto" goes by the opened file's extension; then one option per adapter tactful has. */
export function renderFormatOptions(select: HTMLSelectElement): void {
  const auto = new Option('Auto (from the file name)', 'auto')
  const known = adapters.map((adapter) => new Option(adapter.extensions[0] ? `${adapter.id} (${adapter.extensions[0]})` : adapter.id, adapter.id))
  select.replaceChildren(auto, ...known)
}
