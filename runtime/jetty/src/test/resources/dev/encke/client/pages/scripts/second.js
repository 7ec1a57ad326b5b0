window.loaded.push('second');
