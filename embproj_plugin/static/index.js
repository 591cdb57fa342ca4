function e(){document.body.textContent="embproj"}export{e as render};
