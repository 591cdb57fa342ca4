export function render(){document.body.textContent="embproj"}
